import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Divider from '@material-ui/core/Divider';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  explainClaims,
  formatEpochSeconds,
  formatRelativeSeconds,
} from '../../shared/logic/token';
import { ClaimsTable } from '../components/ClaimsTable';
import { accessInspectorTranslationRef } from '../translation';
import type { BundleProviderSession } from './logic';

const useStyles = makeStyles(theme => ({
  session: { padding: theme.spacing(1.5, 0) },
  header: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
  },
  text: { overflowWrap: 'anywhere' },
}));

const KNOWN_STATES = new Set([
  'signedIn',
  'signedOut',
  'checking',
  'unavailable',
  'failed',
  'noSession',
]);

// Keys built from a session's state: the typed `t` cannot check them.
type T = (key: string, params?: Record<string, string>) => string;

function SessionView(props: {
  session: BundleProviderSession;
  generatedSeconds: number;
}) {
  const { session, generatedSeconds } = props;
  const classes = useStyles();
  const { t: typed } = useTranslationRef(accessInspectorTranslationRef);
  const t = typed as unknown as T;
  const title = session.title ?? session.providerId;
  // A state a newer plugin wrote is shown as it is, not guessed at.
  const state = KNOWN_STATES.has(session.state)
    ? t(`bundle.sections.sessionState.${session.state}`)
    : session.state;
  const expiresMs = session.backstageExpiresAt
    ? Date.parse(session.backstageExpiresAt)
    : NaN;
  const idToken = session.idToken;
  const claims =
    idToken?.status === 'decoded' && idToken.claims
      ? idToken.claims
      : undefined;
  const asserted = session.proxied?.asserted;

  return (
    <section className={classes.session} aria-label={title}>
      <div className={classes.header}>
        <Typography variant="subtitle1" component="h3">
          {title}
        </Typography>
        <Chip size="small" variant="outlined" label={state} />
      </div>
      {session.usedForBackstage !== undefined && (
        <Typography variant="body2">
          {session.usedForBackstage
            ? t('bundle.sections.sessionUsedForBackstage')
            : t('bundle.sections.sessionNotUsedForBackstage')}
        </Typography>
      )}
      {session.error && (
        <Typography variant="body2" className={classes.text}>
          {session.error}
        </Typography>
      )}
      {session.profile && (
        <Typography variant="body2" className={classes.text}>
          {[session.profile.displayName, session.profile.email]
            .filter(Boolean)
            .join(' \u00b7 ')}
        </Typography>
      )}
      {!Number.isNaN(expiresMs) && (
        <Typography variant="body2" color="textSecondary">
          {t('bundle.sections.sessionBackstageExpiry', {
            absolute: formatEpochSeconds(Math.floor(expiresMs / 1000)),
            relative: formatRelativeSeconds(
              Math.floor(expiresMs / 1000) - generatedSeconds,
            ),
          })}
        </Typography>
      )}
      {session.proxied?.userEntityRef && (
        <Typography variant="body2" className={classes.text}>
          {t('bundle.sections.proxiedIdentity', {
            ref: session.proxied.userEntityRef,
          })}
        </Typography>
      )}
      {asserted && typeof asserted === 'object' && (
        <Typography variant="body2" className={classes.text}>
          {t('bundle.sections.proxiedAsserted', {
            iss: asserted.iss ?? '—',
            sub: asserted.sub ?? '—',
            expires:
              asserted.exp !== undefined
                ? formatEpochSeconds(asserted.exp)
                : '—',
          })}
        </Typography>
      )}
      {session.kind === 'oauth' && session.state === 'signedIn' && (
        <Typography variant="caption" color="textSecondary" display="block">
          {t('bundle.sections.sessionScopes')}
        </Typography>
      )}
      {idToken?.status === 'notShown' && (
        <Typography variant="body2">
          {t('bundle.sections.idTokenNotShown')}
        </Typography>
      )}
      {idToken?.status === 'none' && (
        <Typography variant="body2">
          {t('bundle.sections.idTokenNone', { provider: title })}
        </Typography>
      )}
      {idToken?.status === 'oauthOnly' && (
        <Typography variant="body2">
          {t('bundle.sections.idTokenOauthOnly', { provider: title })}
        </Typography>
      )}
      {idToken?.status === 'undecodable' && (
        <Typography variant="body2">
          {t('bundle.sections.idTokenUndecodable', {
            reason: idToken.reason ?? '—',
          })}
        </Typography>
      )}
      {claims && (
        <Box mt={1}>
          <Typography variant="subtitle2" component="h4">
            {t('bundle.sections.idTokenClaims', { provider: title })}
          </Typography>
          <ClaimsTable
            label={t('bundle.sections.idTokenClaims', { provider: title })}
            // Times read as of the bundle, not as of now.
            claims={explainClaims(claims, generatedSeconds, { token: 'id' })}
            showNames
          />
        </Box>
      )}
    </section>
  );
}

/**
 * The sender's provider sessions as their sessions card showed them, at the
 * bundle's time.
 */
export function BundleSessions(props: {
  sessions: BundleProviderSession[];
  generatedAt: string;
  generatedSeconds: number;
}) {
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  return (
    <InfoCard
      title={t('bundle.sections.sessions')}
      subheader={t('bundle.sections.sessionsAsOf', {
        when: props.generatedAt,
      })}
    >
      {props.sessions.length === 0 && (
        <Typography variant="body2">
          {t('bundle.sections.noSessions')}
        </Typography>
      )}
      {props.sessions.map((session, i) => (
        <Box key={`${session.providerId}-${i}`}>
          {i > 0 && <Divider />}
          <SessionView
            session={session}
            generatedSeconds={props.generatedSeconds}
          />
        </Box>
      ))}
    </InfoCard>
  );
}
