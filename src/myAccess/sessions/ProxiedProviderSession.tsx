import { useMemo } from 'react';
import { Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import {
  PROXIED_PROVIDERS,
  isProxiedProviderId,
  type ResolvedSignInProvider,
} from '../../shared/providers';
import { formatEpochSeconds } from '../../shared/logic/token';
import { accessInspectorTranslationRef } from '../translation';
import { CallErrorPanel } from '../components/CallErrorPanel';
import { useReportProviderSession } from './useSessionsReport';
import type { ReportedProviderSession } from './logic/sessionReport';
import { useProxiedProviderSession } from './useProxiedProviderSession';

/**
 * What the auth backend read from an authenticating proxy's headers: the
 * profile, the identity the resolver chose, and the claims of the token the
 * proxy passed (read by {@link useProxiedProviderSession}).
 */
export function ProxiedProviderSession(props: {
  provider: ResolvedSignInProvider;
  usedForBackstage: boolean;
  chip: JSX.Element;
  /** Its place in the card, for the support bundle. */
  order?: number;
}) {
  const { provider, usedForBackstage, chip } = props;
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const proxy = isProxiedProviderId(provider.id)
    ? PROXIED_PROVIDERS[provider.id].proxy
    : provider.title;
  const { value, loading, error, retry } = useProxiedProviderSession(provider);

  // What this section shows, for the support bundle.
  const reported = useMemo((): ReportedProviderSession => {
    let asserted: NonNullable<ReportedProviderSession['proxied']>['asserted'];
    if (value && typeof value.asserted === 'object') {
      const { iss, sub, exp } = value.asserted;
      asserted = {
        ...(typeof iss === 'string' && { iss }),
        ...(typeof sub === 'string' && { sub }),
        ...(typeof exp === 'number' && { exp }),
      };
    } else asserted = value?.asserted;
    let state: ReportedProviderSession['state'] = 'checking';
    if (error) state = 'failed';
    else if (value) state = 'signedIn';
    return {
      providerId: provider.id,
      title: provider.title,
      kind: 'proxied',
      usedForBackstage,
      state,
      ...(error && { error: error.message }),
      ...(value && {
        profile: {
          displayName: value.profile.displayName,
          email: value.profile.email,
        },
        proxied: {
          userEntityRef: value.identity.userEntityRef,
          ownershipRefs: [...value.identity.ownershipEntityRefs],
          asserted,
        },
      }),
    };
  }, [provider, usedForBackstage, value, error]);
  useReportProviderSession(props.order ?? 0, reported);

  const field = (label: string, text?: string) =>
    text ? (
      <Typography variant="body2">
        {label}: <code>{text}</code>
      </Typography>
    ) : null;

  let assertedText: string | undefined;
  if (value && typeof value.asserted === 'object') {
    const claims = value.asserted;
    assertedText = t('providersCard.proxied.assertedClaims', {
      iss: String(claims.iss ?? '—'),
      sub: String(claims.sub ?? '—'),
      expires:
        typeof claims.exp === 'number' ? formatEpochSeconds(claims.exp) : '—',
    });
  }

  return (
    <Box py={2} component="section" aria-label={provider.title}>
      <Box display="flex" alignItems="center" gridGap={8}>
        <Typography variant="h6" component="h3">
          {provider.title}
        </Typography>
        {usedForBackstage && chip}
      </Box>
      <Typography variant="body2" color="textSecondary" paragraph>
        {t('providersCard.proxied.intro', { proxy })}
      </Typography>
      {loading && (
        <>
          <Typography variant="body2" role="status">
            {t('providersCard.proxied.reading', { provider: provider.title })}
          </Typography>
          <Progress />
        </>
      )}
      {error && (
        <CallErrorPanel
          call={t('providersCard.proxied.call', {
            provider: provider.title,
            providerId: provider.id,
          })}
          error={error}
          onRetry={retry}
        />
      )}
      {value && (
        <>
          {field(
            t('providersCard.proxied.identity'),
            value.identity.userEntityRef,
          )}
          {field(
            t('providersCard.proxied.ownership'),
            value.identity.ownershipEntityRefs.join(', '),
          )}
          {field(t('providersCard.proxied.email'), value.profile.email)}
          {field(t('providersCard.proxied.name'), value.profile.displayName)}
          {assertedText ? (
            field(t('providersCard.proxied.asserted'), assertedText)
          ) : (
            <Typography variant="body2" color="textSecondary">
              {value.asserted === 'notAToken'
                ? t('providersCard.proxied.notAToken')
                : t('providersCard.proxied.noneAsserted')}
            </Typography>
          )}
        </>
      )}
    </Box>
  );
}
