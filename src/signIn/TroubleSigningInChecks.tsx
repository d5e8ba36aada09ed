import { useMemo } from 'react';
import { CopyTextButton, WarningPanel } from '@backstage/core-components';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  providerCallbackUrl,
  type ResolvedSignInProvider,
} from '../shared/providers';
import {
  checkAppOrigin,
  summarizeProviderProbes,
  type BackendProviderStatus,
} from '../shared/logic/signInFailures';
import { FindingPanel } from './FindingPanel';
import { useAuthBaseUrl, useProviderProbes } from './useProviderProbes';
import { useSignInText } from '../shared/hooks/useSignInText';

const useStyles = makeStyles(theme => ({
  url: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    fontFamily: 'monospace',
  },
  // A URL has no spaces: let it break anywhere rather than overflow.
  urlText: { minWidth: 0, overflowWrap: 'anywhere' },
  table: { '& td, & th': { verticalAlign: 'middle' } },
}));

const statusColor: Record<BackendProviderStatus, 'primary' | 'default'> = {
  present: 'primary',
  notRegistered: 'default',
  moduleMissing: 'default',
  misconfigured: 'default',
  guestRefused: 'default',
  unreachable: 'default',
  unexpected: 'default',
};

/** The checks themselves: loaded when the section is opened. */
export function TroubleSigningInChecks(props: {
  providers: ResolvedSignInProvider[];
}) {
  const { providers } = props;
  const classes = useStyles();
  const text = useSignInText();
  const configApi = useApi(configApiRef);
  const appBaseUrl = configApi.getOptionalString('app.baseUrl');
  const configuredEnvironment = configApi.getOptionalString('auth.environment');
  const environment = configuredEnvironment ?? 'development';
  const pageOrigin = window.location.origin;
  const authBaseUrl = useAuthBaseUrl();
  const probes = useProviderProbes(authBaseUrl.value, providers, environment);

  const originFinding = useMemo(
    () => checkAppOrigin(pageOrigin, appBaseUrl, text),
    [pageOrigin, appBaseUrl, text],
  );
  const summary = useMemo(
    () =>
      probes.value && authBaseUrl.value
        ? summarizeProviderProbes(
            probes.value.map(r => ({
              id: r.provider.id,
              title: r.provider.title,
              status: r.status,
            })),
            { authBaseUrl: authBaseUrl.value, pageOrigin },
            text,
          )
        : [],
    [probes.value, authBaseUrl.value, pageOrigin, text],
  );
  const statusOf = (id: string) =>
    probes.value?.find(r => r.provider.id === id);

  return (
    <>
      <Typography variant="body2" color="textSecondary">
        {text('checks.intro')}
      </Typography>
      <FindingPanel finding={originFinding} />
      {authBaseUrl.error && (
        <WarningPanel
          severity="error"
          title={text('findings.backendUnreachable.title')}
          message={authBaseUrl.error.message}
        />
      )}
      {probes.loading && (
        <Typography variant="body2" role="status">
          {text('trouble.checking')}
        </Typography>
      )}
      {summary.map(finding => (
        <FindingPanel key={finding.id} finding={finding} />
      ))}
      <Typography variant="body2">
        <strong>{text('checks.environment')}: </strong>
        {configuredEnvironment ??
          text('checks.environmentDefault', { environment })}
        {' — '}
        {text('checks.environmentHint', { environment })}
      </Typography>
      {providers.length > 0 && (
        <Table
          size="small"
          aria-label={text('checks.providers')}
          className={classes.table}
        >
          <TableHead>
            <TableRow>
              <TableCell>{text('checks.provider')}</TableCell>
              <TableCell>{text('checks.callbackUrl')}</TableCell>
              <TableCell>{text('checks.backend')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {providers.map(provider => {
              const result = statusOf(provider.id);
              const callbackUrl = authBaseUrl.value
                ? providerCallbackUrl(authBaseUrl.value, provider.id)
                : undefined;
              return (
                <TableRow key={provider.id}>
                  <TableCell component="th" scope="row">
                    {provider.title}
                    <Typography
                      variant="caption"
                      color="textSecondary"
                      display="block"
                    >
                      {provider.id}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    {provider.kind !== 'oauth' && (
                      <Typography variant="body2" color="textSecondary">
                        {provider.kind === 'guest'
                          ? text('checks.noCallback')
                          : text('checks.noCallbackProxied')}
                      </Typography>
                    )}
                    {provider.kind === 'oauth' && callbackUrl && (
                      <span className={classes.url}>
                        <span className={classes.urlText}>{callbackUrl}</span>
                        <CopyTextButton
                          text={callbackUrl}
                          aria-label={text('checks.copyCallbackUrl', {
                            provider: provider.title,
                          })}
                          tooltipText={text('checks.callbackCopied')}
                        />
                      </span>
                    )}
                  </TableCell>
                  <TableCell>
                    {result && (
                      <Chip
                        size="small"
                        color={statusColor[result.status]}
                        variant={
                          result.status === 'present' ? 'default' : 'outlined'
                        }
                        label={text(`checks.status.${result.status}`, {
                          status:
                            result.probe.kind === 'response'
                              ? result.probe.status
                              : '',
                        })}
                        title={
                          result.probe.kind === 'response'
                            ? result.probe.errorMessage
                            : result.probe.message
                        }
                      />
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      <Box>
        <Button
          variant="outlined"
          size="small"
          onClick={probes.retry}
          disabled={probes.loading || !authBaseUrl.value}
        >
          {text('checks.checkAgain')}
        </Button>
      </Box>
    </>
  );
}
