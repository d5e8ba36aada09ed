import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import {
  usePermissionTable,
  type PermissionTable,
  type UsePermissionTableResult,
} from './usePermissionTable';
import { accessInspectorTranslationRef } from '../translation';
import { FailureNotice } from './FailureNotice';
import { PermissionsTable } from './PermissionsTable';
import { ResourceCheckPanel } from './ResourceCheckPanel';

function PluginNotices(props: {
  table: Extract<PermissionTable, { enabled: true }>;
  retryPlugin: (pluginId: string) => void;
}) {
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  return (
    <>
      {props.table.plugins.map(plugin => {
        const { pluginId } = plugin;
        if (plugin.status === 'error') {
          return (
            <FailureNotice
              key={pluginId}
              error={plugin.error}
              title={summary =>
                t('permissions.plugins.failed', { pluginId, summary })
              }
              retryLabel={t('permissions.plugins.retry', { pluginId })}
              onRetry={() => props.retryPlugin(pluginId)}
            />
          );
        }
        if (plugin.status === 'not-found') {
          return (
            <Typography key={pluginId} variant="body2" color="textSecondary">
              {t('permissions.plugins.notFound', { pluginId })}
            </Typography>
          );
        }
        if (plugin.status === 'loading') {
          return (
            <Typography key={pluginId} variant="body2" role="status">
              {t('permissions.plugins.loading', { pluginId })}
            </Typography>
          );
        }
        return null;
      })}
    </>
  );
}

export type PermissionsCardContentProps = Omit<
  UsePermissionTableResult,
  'retry'
>;

/**
 * What the permissions card shows for a given state, without fetching.
 */
export function PermissionsCardContent(props: PermissionsCardContentProps) {
  const { value, loading, error } = props;
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  if (loading) return <Progress />;
  if (error) {
    return (
      <ResponseErrorPanel title={t('permissions.configFailed')} error={error} />
    );
  }
  if (!value) return null;
  if (!value.enabled) {
    return (
      <>
        <Typography variant="h6" component="h3">
          {t('permissions.disabled.title')}
        </Typography>
        <Typography variant="body1">
          {t('permissions.disabled.message')}
        </Typography>
      </>
    );
  }
  const checking = value.rows.some(row => row.decision === 'PENDING');
  return (
    <>
      <PluginNotices table={value} retryPlugin={props.retryPlugin} />
      {value.basicFailure && (
        <FailureNotice
          error={value.basicFailure.error}
          title={summary =>
            t('permissions.basic.failed', {
              count: value.basicFailure?.count ?? 0,
              summary,
            })
          }
          retryLabel={t('permissions.basic.retry')}
          onRetry={props.retryBasic}
        />
      )}
      {value.rows.length === 0 ? (
        !value.plugins.some(p => p.status === 'loading') && (
          <Typography variant="body1">
            {t('permissions.empty', { pluginIds: value.pluginIds.join(', ') })}
          </Typography>
        )
      ) : (
        <>
          <Box marginY={2}>
            {value.resourceTypes.map(summary => (
              <ResourceCheckPanel
                key={summary.resourceType}
                summary={summary}
                check={value.resourceChecks[summary.resourceType]}
                onCheck={props.checkResource}
              />
            ))}
          </Box>
          {checking && (
            <LinearProgress aria-label={t('permissions.decisions.PENDING')} />
          )}
          <PermissionsTable
            rows={value.rows}
            pluginIds={value.plugins
              .filter(p => p.status === 'found')
              .map(p => p.pluginId)}
          />
        </>
      )}
    </>
  );
}

export type PermissionsCardViewProps = {
  state: UsePermissionTableResult;
};

/**
 * The card around {@link PermissionsCardContent}, for a page that reads the
 * permission table itself (My Access shares it with the 401 doctor).
 */
export function PermissionsCardView(props: PermissionsCardViewProps) {
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const { retry: _retry, ...state } = props.state;
  return (
    <InfoCard
      title={t('permissions.card.title')}
      subheader={t('permissions.card.subheader')}
    >
      <PermissionsCardContent {...state} />
    </InfoCard>
  );
}

/**
 * My effective permissions: every permission the configured backend plugins
 * declare, with the permission policy's decision for the signed-in user.
 * Basic permissions are authorised in one batch; resource permissions only
 * against a resource the user picks.
 */
export function PermissionsCard() {
  return <PermissionsCardView state={usePermissionTable()} />;
}
