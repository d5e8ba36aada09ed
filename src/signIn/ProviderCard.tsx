import { lazy, Suspense, useId } from 'react';
import Button from '@material-ui/core/Button';
import Card from '@material-ui/core/Card';
import CardContent from '@material-ui/core/CardContent';
import CircularProgress from '@material-ui/core/CircularProgress';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { ResolvedSignInProvider } from '../shared/providers';
import type { SignInFinding } from '../shared/logic/signInFailures';
import type { ProviderSignInState } from './logic/signInFlowState';
import { LazyFindingPanel as FindingPanel } from './LazyFindingPanel';
import { NotLoaded } from './NotLoaded';
import { providerIcon } from './providerIcons';
import { useSignInPageText } from '../shared/hooks/useSignInPageText';

const useStyles = makeStyles(theme => ({
  item: {
    display: 'flex',
    flex: '1 1 320px',
    minWidth: 0,
    maxWidth: 420,
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    width: '100%',
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1.5),
    marginBottom: theme.spacing(1),
  },
  icon: { display: 'flex', color: theme.palette.text.primary },
  content: {
    flex: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(1.5),
  },
  waiting: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
  },
  // Under the provider's description, above any finding: a retry stays on
  // the first screen however long the explanation is.
  actions: { display: 'flex' },
}));

// Only a sign-in window that gave no answer needs the paste box.
const SignInWindowHelp = lazy(() =>
  import('./SignInWindowHelp').then(m => ({ default: m.SignInWindowHelp })),
);

/**
 * One provider: what it is, its sign-in button, and any failure inline.
 * A finding of the unavailable kind replaces the button's purpose: it stays
 * disabled.
 */
export function ProviderCard(props: {
  provider: ResolvedSignInProvider;
  state: ProviderSignInState;
  /** Set when the app cannot use the provider at all. */
  unavailableFinding?: SignInFinding;
  onSignIn: () => void;
}) {
  const { provider, state, unavailableFinding, onSignIn } = props;
  const classes = useStyles();
  const text = useSignInPageText();
  const titleId = useId();
  const Icon = providerIcon(provider);
  const kindMessages = {
    guest: () => text('guestMessage'),
    proxied: () => text('proxiedMessage'),
    oauth: () => text('defaultMessage', { provider: provider.title }),
  };
  const message = provider.message ?? kindMessages[provider.kind]();
  const finding = unavailableFinding ?? state.finding;
  const signInLabel = text('signInWith', { provider: provider.title });

  return (
    <li className={classes.item}>
      <Card
        variant="outlined"
        component="section"
        aria-labelledby={titleId}
        className={classes.card}
      >
        <CardContent className={classes.content}>
          <div className={classes.header}>
            <span className={classes.icon} aria-hidden>
              <Icon fontSize="large" />
            </span>
            <Typography id={titleId} variant="h6" component="h3">
              {provider.title}
            </Typography>
          </div>
          <Typography variant="body2" color="textSecondary">
            {message}
          </Typography>
          <div className={classes.actions}>
            <Button
              variant="contained"
              color="primary"
              fullWidth
              disabled={state.pending || Boolean(unavailableFinding)}
              onClick={onSignIn}
            >
              {signInLabel}
            </Button>
          </div>
          {state.pending && (
            <div className={classes.waiting}>
              <CircularProgress size={16} aria-hidden />
              <Typography variant="body2" role="status">
                {text('waiting', { provider: provider.title })}
              </Typography>
            </div>
          )}
          {finding && state.window && !unavailableFinding && (
            <NotLoaded before={<FindingPanel finding={finding} announce />}>
              <Suspense fallback={<FindingPanel finding={finding} announce />}>
                <SignInWindowHelp finding={finding} context={state.window} />
              </Suspense>
            </NotLoaded>
          )}
          {finding && !(state.window && !unavailableFinding) && (
            <FindingPanel
              finding={finding}
              announce={!unavailableFinding}
              action={
                finding.id === 'popupBlocked' ? (
                  <Button
                    variant="outlined"
                    color="primary"
                    size="small"
                    onClick={onSignIn}
                  >
                    {text('retryWith', { provider: provider.title })}
                  </Button>
                ) : undefined
              }
            />
          )}
        </CardContent>
      </Card>
    </li>
  );
}
