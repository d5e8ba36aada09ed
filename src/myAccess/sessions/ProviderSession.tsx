import { useId, useMemo, useState } from 'react';
import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Avatar from '@material-ui/core/Avatar';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import ExpandLessIcon from '@material-ui/icons/ExpandLess';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import type {
  ResolvedSignInProvider,
  SignInAuthApi,
} from '../../shared/providers';
import {
  formatEpochSeconds,
  formatRelativeSeconds,
  isSafeImageUrl,
} from '../../shared/logic/token';
import { accessInspectorTranslationRef } from '../translation';
import { CallErrorPanel } from '../components/CallErrorPanel';
import { offersIdToken } from '../data/providerIdToken';
import { useProviderSession } from './useProviderSession';
import { SignOutDialog, type BackstageSessionSource } from './SignOutDialog';
import { IdTokenClaims, OAuthOnlyExplanation } from './IdTokenClaims';
import { useReportProviderSession } from './useSessionsReport';
import type { ReportedProviderSession } from './logic/sessionReport';
import { UsedForBackstageChip } from './UsedForBackstageChip';

function usedFor(source: BackstageSessionSource): boolean | undefined {
  if (source === 'unknown') return undefined;
  return source === 'this-provider';
}

const useStyles = makeStyles(theme => ({
  provider: { padding: theme.spacing(2, 0) },
  header: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
  },
  grow: { flex: '1 1 auto' },
}));

export function ProviderSession(props: {
  provider: ResolvedSignInProvider;
  api: SignInAuthApi;
  backstageSession: BackstageSessionSource;
  order: number;
}) {
  const { provider, api, backstageSession } = props;
  const usedForBackstage = backstageSession === 'this-provider';
  const classes = useStyles();
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const identityApi = useApi(identityApiRef);
  const { state, details } = useProviderSession(api);
  const [actionError, setActionError] = useState<string | undefined>();
  const [confirmingSignOut, setConfirmingSignOut] = useState(false);
  const [showingIdToken, setShowingIdToken] = useState(false);
  const idTokenPanel = useId();
  const nowSeconds = Math.floor(Date.now() / 1000);

  const run = (action: 'signIn' | 'signOut') => async () => {
    setActionError(undefined);
    setConfirmingSignOut(false);
    try {
      await api[action]();
      // The Backstage session rests on this provider's: ending one without
      // the other would leave the page "signed in" with a dead session.
      if (action === 'signOut' && usedForBackstage) {
        await identityApi.signOut();
        return;
      }
      details.retry();
    } catch (e) {
      setActionError(
        t('providersCard.actionFailed', {
          provider: provider.title,
          action: action === 'signIn' ? 'sign-in' : 'sign-out',
          message: e instanceof Error ? e.message : String(e),
        }),
      );
    }
  };

  let stateLabel: string = t('providersCard.checking');
  if (state === 'SignedIn') stateLabel = t('providersCard.signedIn');
  else if (state === 'SignedOut' && !details.loading)
    stateLabel = t('providersCard.signedOut');

  const value = details.value;
  const profile = value?.profile;
  const expiresAt = value?.identityExpiresAt;
  const signedIn = state === 'SignedIn' && Boolean(value);
  const oidc = offersIdToken(api, provider.apiRef);

  // What this section shows, for the support bundle.
  const reported = useMemo((): ReportedProviderSession => {
    let reportedState: ReportedProviderSession['state'] = 'checking';
    if (details.error) reportedState = 'failed';
    else if (signedIn) reportedState = 'signedIn';
    else if (state === 'SignedOut' && !details.loading)
      reportedState = 'signedOut';
    return {
      providerId: provider.id,
      title: provider.title,
      kind: 'oauth',
      usedForBackstage: usedFor(backstageSession),
      state: reportedState,
      ...(details.error && { error: details.error.message }),
      ...(profile && {
        profile: { displayName: profile.displayName, email: profile.email },
      }),
      ...(expiresAt && { backstageExpiresAtMs: expiresAt.getTime() }),
      ...(signedIn && !oidc && { idToken: { status: 'oauthOnly' } }),
    };
  }, [
    provider,
    backstageSession,
    state,
    signedIn,
    details.error,
    details.loading,
    profile,
    expiresAt,
    oidc,
  ]);
  useReportProviderSession(props.order, reported);

  return (
    <section className={classes.provider} aria-label={provider.title}>
      <div className={classes.header}>
        {isSafeImageUrl(profile?.picture) ? (
          <Avatar src={profile!.picture} alt="" />
        ) : (
          <Avatar>{provider.title.charAt(0)}</Avatar>
        )}
        <Typography variant="h6" component="h3">
          {provider.title}
        </Typography>
        <Chip
          size="small"
          label={stateLabel}
          color={state === 'SignedIn' ? 'primary' : 'default'}
        />
        {usedForBackstage && <UsedForBackstageChip />}
        <span className={classes.grow} />
        {state === 'SignedIn' ? (
          <Button
            size="small"
            variant="outlined"
            onClick={() => setConfirmingSignOut(true)}
          >
            {t('providersCard.signOut', { provider: provider.title })}
          </Button>
        ) : (
          <Button size="small" variant="outlined" onClick={run('signIn')}>
            {t('providersCard.signIn', { provider: provider.title })}
          </Button>
        )}
      </div>
      <SignOutDialog
        open={confirmingSignOut}
        providerTitle={provider.title}
        source={backstageSession}
        onCancel={() => setConfirmingSignOut(false)}
        onConfirm={run('signOut')}
      />
      {details.error && (
        <Box mt={1}>
          <CallErrorPanel
            call={t('providersCard.readFailed', { provider: provider.title })}
            error={details.error}
            onRetry={details.retry}
          />
        </Box>
      )}
      {actionError && (
        <Typography role="alert" color="error" variant="body2">
          {actionError}
        </Typography>
      )}
      {profile && (
        <Typography variant="body2">
          {[profile.displayName, profile.email]
            .filter(Boolean)
            .join(' \u00b7 ')}
        </Typography>
      )}
      {expiresAt && (
        <Typography variant="body2" color="textSecondary">
          {t('providersCard.backstageExpiry', {
            relative: formatRelativeSeconds(
              Math.floor(expiresAt.getTime() / 1000) - nowSeconds,
            ),
            absolute: formatEpochSeconds(
              Math.floor(expiresAt.getTime() / 1000),
            ),
          })}
        </Typography>
      )}
      {signedIn && !oidc && <OAuthOnlyExplanation provider={provider.title} />}
      {signedIn && oidc && (
        <>
          <Typography variant="caption" color="textSecondary" display="block">
            {t('providersCard.scopesNotExposed')}
          </Typography>
          <Button
            size="small"
            aria-expanded={showingIdToken}
            aria-controls={showingIdToken ? idTokenPanel : undefined}
            startIcon={showingIdToken ? <ExpandLessIcon /> : <ExpandMoreIcon />}
            onClick={() => setShowingIdToken(shown => !shown)}
          >
            {showingIdToken
              ? t('providersCard.hideIdToken')
              : t('providersCard.showIdToken')}
          </Button>
          {showingIdToken && (
            <IdTokenClaims
              id={idTokenPanel}
              providerId={provider.id}
              provider={provider.title}
              api={api}
              apiRef={provider.apiRef}
            />
          )}
        </>
      )}
    </section>
  );
}
