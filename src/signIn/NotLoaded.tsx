import { Component, type ReactNode } from 'react';
import Typography from '@material-ui/core/Typography';
import { useSignInPageText } from '../shared/hooks/useSignInPageText';

function NotLoadedMessage(props: { error: Error }) {
  const text = useSignInPageText();
  return (
    <Typography variant="body2" role="alert">
      {text('notLoaded', { detail: props.error.message })}
    </Typography>
  );
}

/**
 * Around a part of the page that loads on demand: when its code cannot be
 * loaded (offline, a new deployment removed the chunk), says so instead of
 * leaving a blank page.
 */
export class NotLoaded extends Component<
  {
    children: ReactNode;
    /** Shown above the message when the part could not be loaded. */
    before?: ReactNode;
  },
  { error?: Error }
> {
  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  state: { error?: Error } = {};

  render() {
    return this.state.error ? (
      <>
        {this.props.before}
        <NotLoadedMessage error={this.state.error} />
      </>
    ) : (
      this.props.children
    );
  }
}
