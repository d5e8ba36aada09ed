import { WarningPanel } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import { describeError } from '../../shared/logic/describeError';

/** An inline failure with the server's message and a retry button. */
export function FailureNotice(props: {
  title: (summary: string) => string;
  error: Error;
  retryLabel: string;
  onRetry: () => void;
}) {
  const failure = describeError(props.error);
  return (
    <Box marginBottom={2}>
      <WarningPanel
        severity="error"
        title={props.title(failure.summary)}
        message={failure.message}
        defaultExpanded
      />
      <Box marginTop={1}>
        <Button variant="outlined" size="small" onClick={props.onRetry}>
          {props.retryLabel}
        </Button>
      </Box>
    </Box>
  );
}
