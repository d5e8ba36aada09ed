import { InfoCard, WarningPanel } from '@backstage/core-components';
import { useApiHolder, type ApiRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Divider from '@material-ui/core/Divider';
import Typography from '@material-ui/core/Typography';
import type {
  SignInAuthApi,
  SignInProviderOption,
} from '../../shared/providers';
import { accessInspectorTranslationRef } from '../translation';
import { readRememberedProvider } from '../../shared/providers/rememberedProvider';
import { useResolvedProviders } from '../../shared/providers/useResolvedProviders';
import { type BackstageSessionSource } from './SignOutDialog';
import { ProxiedProviderSession } from './ProxiedProviderSession';
import { ReportProviderSession } from './useSessionsReport';
import { UsedForBackstageChip } from './UsedForBackstageChip';

import { ProviderSession } from './ProviderSession';

/**
 * Props of {@link ProviderSessionsCard}.
 *
 * @public
 */
export type ProviderSessionsCardProps = {
  /**
   * Providers to show. Defaults to those the app gave the sign-in page (in
   * code or in `accessInspector.signIn.providers`).
   */
  providers?: SignInProviderOption[];
};

/**
 * The user's sessions with each sign-in provider the app offers.
 */
export function ProviderSessionsCard(props: ProviderSessionsCardProps) {
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const holder = useApiHolder();
  const { providers } = useResolvedProviders(props.providers);
  const remembered = readRememberedProvider();
  const sessionSource = (id: string): BackstageSessionSource => {
    if (!remembered) return 'unknown';
    return remembered === id ? 'this-provider' : 'other';
  };

  return (
    <InfoCard
      title={t('providersCard.title')}
      subheader={t('providersCard.subheader')}
    >
      {providers.length === 0 && (
        <Typography>{t('providersCard.noProviders')}</Typography>
      )}
      {providers.map((provider, index) => {
        let api: SignInAuthApi | undefined;
        try {
          api = provider.apiRef
            ? holder.get(provider.apiRef as ApiRef<SignInAuthApi>)
            : undefined;
        } catch {
          // A registered factory that throws (e.g. missing config) is as unusable as none.
          api = undefined;
        }
        return (
          <Box key={provider.id}>
            {index > 0 && <Divider />}
            {provider.kind === 'guest' && (
              <Box py={2} component="section" aria-label={provider.title}>
                <ReportProviderSession
                  order={index}
                  session={{
                    providerId: provider.id,
                    title: provider.title,
                    kind: 'guest',
                    usedForBackstage: remembered
                      ? remembered === provider.id
                      : undefined,
                    state: 'noSession',
                  }}
                />
                <Box display="flex" alignItems="center" gridGap={8}>
                  <Typography variant="h6" component="h3">
                    {provider.title}
                  </Typography>
                  {remembered === provider.id && <UsedForBackstageChip />}
                </Box>
                <Typography variant="body2" color="textSecondary">
                  {t('providersCard.guest')}
                </Typography>
              </Box>
            )}
            {provider.kind === 'proxied' && (
              <ProxiedProviderSession
                order={index}
                provider={provider}
                usedForBackstage={remembered === provider.id}
                chip={<UsedForBackstageChip />}
              />
            )}
            {provider.kind === 'oauth' && !api && (
              <Box py={2}>
                <ReportProviderSession
                  order={index}
                  session={{
                    providerId: provider.id,
                    title: provider.title,
                    kind: 'oauth',
                    state: 'unavailable',
                  }}
                />
                <WarningPanel
                  severity="warning"
                  title={`${provider.title}: ${t('providersCard.unavailable')}`}
                />
              </Box>
            )}
            {provider.kind === 'oauth' && api && (
              <ProviderSession
                provider={provider}
                api={api}
                backstageSession={sessionSource(provider.id)}
                order={index}
              />
            )}
          </Box>
        );
      })}
    </InfoCard>
  );
}
