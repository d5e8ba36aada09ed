import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Typography from '@material-ui/core/Typography';
import { accessInspectorTranslationRef } from '../translation';
import {
  agentsCanSignIn,
  backendBaseUrlOf,
  cliLoginCommand,
  mcpClientConfig,
  mcpServerState,
} from './logic';
import { Section, Snippet } from './Section';
import type { AgentAccess } from './useAgentAccess';
import { useAgentsCardStyles as useStyles } from './agentsCardStyles';

export function SetupSection(props: { access: AgentAccess }) {
  const classes = useStyles();
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const { access } = props;
  const signIn = access.signIn.ok ? access.signIn.signIn : undefined;
  const backendBaseUrl = access.authBaseUrl
    ? backendBaseUrlOf(access.authBaseUrl)
    : undefined;
  const servers = access.mcp.filter(
    probe => mcpServerState(probe) === 'served',
  );
  const oauth = signIn ? agentsCanSignIn(signIn) : true;
  return (
    <Section title={t('agents.setup.heading')}>
      <div className={classes.measure}>
        <Typography variant="subtitle2" component="h4">
          {t('agents.setup.cliTitle')}
        </Typography>
        <Typography variant="body2">{t('agents.setup.cliBody')}</Typography>
        {signIn && !signIn.clientIdMetadataDocuments && (
          <Typography variant="body2" color="textSecondary">
            {t('agents.setup.cliNeedsCimd')}
          </Typography>
        )}
        {backendBaseUrl ? (
          <Snippet
            code={cliLoginCommand(backendBaseUrl)}
            label={t('agents.setup.cliTitle')}
            copyLabel={t('agents.setup.copyCli')}
          />
        ) : (
          access.authBaseUrl && (
            <Typography variant="body2" color="textSecondary">
              {t('agents.setup.cliNoBackendUrl', {
                authBaseUrl: access.authBaseUrl,
              })}
            </Typography>
          )
        )}
      </div>
      <div className={classes.measure}>
        <Typography variant="subtitle2" component="h4">
          {t('agents.setup.mcpTitle')}
        </Typography>
        {servers.length > 0 ? (
          <>
            <Typography variant="body2">
              {oauth
                ? t('agents.setup.mcpOauth')
                : t('agents.setup.mcpStaticToken')}
            </Typography>
            <Snippet
              code={mcpClientConfig(servers, oauth ? 'oauth' : 'staticToken')}
              label={t('agents.setup.mcpTitle')}
              copyLabel={t('agents.setup.copyMcp')}
            />
          </>
        ) : (
          <Typography variant="body2" color="textSecondary">
            {t('agents.setup.noMcp')}
          </Typography>
        )}
      </div>
    </Section>
  );
}
