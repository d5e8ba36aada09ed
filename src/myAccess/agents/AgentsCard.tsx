import { useMemo } from 'react';
import { InfoCard, Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Typography from '@material-ui/core/Typography';
import { FindingList, useFindingText } from '../../shared/findings';
import type { Finding, FindingText } from '../../shared/findings/logic';
import { accessInspectorSignInTranslationRef } from '../../shared/translations/signInTranslationRef';
import { CallErrorPanel } from '../components/CallErrorPanel';
import { accessInspectorTranslationRef } from '../translation';
import {
  configFinding,
  mcpFinding,
  mcpUnresolvedFinding,
  nothingInstalledFinding,
  signInFindings,
} from './logic';
import { useAgentAccess, type AgentAccess } from './useAgentAccess';
import { useReportAccess } from '../data/useReportAccess';
import { useAgentsCardStyles as useStyles } from './agentsCardStyles';
import { ActionsSection } from './ActionsSection';
import { SetupSection } from './SetupSection';
import { ContainSection } from './ContainSection';

function checksOf(access: AgentAccess, text: FindingText) {
  const findings: Finding[] = [
    ...access.config.problems.map(problem => configFinding(problem, text)),
    ...signInFindings(access.signIn, text),
    ...(access.mcpUnresolved !== undefined
      ? [mcpUnresolvedFinding(access.mcpUnresolved, text)]
      : access.mcp.map(probe => mcpFinding(probe, text))),
  ];
  const nothing = nothingInstalledFinding(access.plugins, access.mcp[0], text);
  return nothing ? [nothing, ...findings] : findings;
}

/** What {@link AgentsCardView} renders: the hook's state. */
export type AgentsCardViewProps = {
  state: {
    value?: AgentAccess;
    loading: boolean;
    error?: Error;
    retry: () => void;
  };
};

/** The agents card for a given state, loading → error → data. */
export function AgentsCardView(props: AgentsCardViewProps) {
  const classes = useStyles();
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const text = useFindingText(accessInspectorTranslationRef, 'agents');
  const labels = useFindingText(accessInspectorSignInTranslationRef, 'finding');
  const { value, loading, error, retry } = props.state;
  const title = t('agents.card.title');
  const subheader = t('agents.card.subheader');
  if (loading) {
    return (
      <InfoCard title={title} subheader={subheader}>
        <Progress />
      </InfoCard>
    );
  }
  if (error || !value) {
    return (
      <InfoCard title={title} subheader={subheader}>
        <CallErrorPanel
          call={title}
          error={error ?? new Error('no result')}
          onRetry={retry}
        />
      </InfoCard>
    );
  }
  return (
    <InfoCard title={title} subheader={subheader}>
      <Typography variant="body1" className={classes.fullAccess}>
        {t('agents.fullAccess')}
      </Typography>
      <FindingList
        findings={checksOf(value, text)}
        label={t('agents.checks')}
        labels={labels}
      />
      <ActionsSection access={value} onRetry={retry} />
      <SetupSection access={value} />
      <ContainSection />
    </InfoCard>
  );
}

/**
 * Agents acting as you: how agents sign in as the user, the MCP server, the
 * actions a token for the user can call per plugin, setup for this backend
 * and what a platform team can do to contain it.
 */
export function AgentsCard() {
  const state = useAgentAccess();
  const actions = useMemo(
    () => reportedActions(state),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state.loading, state.value],
  );
  useReportAccess('actions', actions);
  return <AgentsCardView state={state} />;
}

// What the access history compares: the actions of every plugin asked, or
// nothing when one failed (an action missing for a failure is no change).
function reportedActions(state: {
  loading: boolean;
  value?: AgentAccess;
}): string[] | null | undefined {
  if (state.loading) return undefined;
  const plugins = state.value?.plugins;
  if (!plugins || plugins.some(p => p.status === 'failed')) return null;
  return plugins.flatMap(p =>
    p.status === 'listed' ? p.actions.map(a => a.id) : [],
  );
}
