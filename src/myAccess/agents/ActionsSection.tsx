import { useId } from 'react';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { FindingView, useFindingText } from '../../shared/findings';
import { accessInspectorSignInTranslationRef } from '../../shared/translations/signInTranslationRef';
import { accessInspectorTranslationRef } from '../translation';
import {
  countActions,
  pluginActionsFinding,
  type PluginActions,
} from './logic';
import { ActionsTable } from './ActionsTable';
import { Section } from './Section';
import type { AgentAccess } from './useAgentAccess';
import { useAgentsCardStyles as useStyles } from './agentsCardStyles';

function PluginListing(props: { listing: PluginActions; onRetry: () => void }) {
  const classes = useStyles();
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const text = useFindingText(accessInspectorTranslationRef, 'agents');
  const labels = useFindingText(accessInspectorSignInTranslationRef, 'finding');
  const { listing } = props;
  const finding = pluginActionsFinding(listing, text);
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <div className={classes.pluginHeading}>
        <Typography id={id} variant="subtitle1" component="h4">
          <strong>
            {t('agents.actions.pluginHeading', { pluginId: listing.pluginId })}
          </strong>
        </Typography>
        {listing.status === 'listed' && listing.actions.length > 0 && (
          <Typography variant="body2" color="textSecondary">
            {t('agents.actions.pluginCount', {
              count: listing.actions.length,
            })}
          </Typography>
        )}
      </div>
      {finding ? (
        <FindingView
          finding={finding}
          labels={labels}
          action={
            listing.status === 'failed' ? (
              <Button variant="outlined" size="small" onClick={props.onRetry}>
                {t('agents.retry')}
              </Button>
            ) : undefined
          }
        />
      ) : (
        listing.status === 'listed' && (
          <ActionsTable pluginId={listing.pluginId} actions={listing.actions} />
        )
      )}
    </section>
  );
}

export function ActionsSection(props: {
  access: AgentAccess;
  onRetry: () => void;
}) {
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const { access } = props;
  const totals = countActions(access.plugins);
  return (
    <Section title={t('agents.actions.heading')}>
      <Typography variant="body2">
        {totals.actions > 0
          ? t('agents.actions.summary', {
              count: totals.actions,
              plugins: totals.plugins.join(', '),
              destructive: String(totals.destructive),
            })
          : t('agents.actions.summaryNone')}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {t('agents.actions.asked', {
          pluginIds: access.config.plugins.join(', '),
        })}
      </Typography>
      {access.plugins.map(listing => (
        <PluginListing
          key={listing.pluginId}
          listing={listing}
          onRetry={props.onRetry}
        />
      ))}
    </Section>
  );
}
