import { useId, useMemo, useState, type ReactNode } from 'react';
import { InfoCard, Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { darken, makeStyles } from '@material-ui/core/styles';
import WarningIcon from '@material-ui/icons/Warning';
import {
  FindingList,
  FindingView,
  useFindingText,
} from '../../shared/findings';
import type { Finding, FindingText } from '../../shared/findings/logic';
import { CopyTextButton } from '../../shared/components/CopyTextButton';
import { accessInspectorSignInTranslationRef } from '../../shared/translations/signInTranslationRef';
import { CallErrorPanel } from '../components/CallErrorPanel';
import { accessInspectorTranslationRef } from '../translation';
import {
  ACCESS_RESTRICTIONS_SNIPPET,
  ACTION_FILTERS_SNIPPET,
  agentsCanSignIn,
  backendBaseUrlOf,
  cliLoginCommand,
  configFinding,
  countActions,
  mcpClientConfig,
  mcpFinding,
  mcpServerState,
  mcpUnresolvedFinding,
  nothingInstalledFinding,
  pluginActionsFinding,
  signInFindings,
  summarizeDescription,
  VISIBILITY_PERMISSION_SNIPPET,
  type AgentAction,
  type PluginActions,
} from './logic';
import { useAgentAccess, type AgentAccess } from './useAgentAccess';
import { useReportAccess } from '../data/useReportAccess';

const useStyles = makeStyles(theme => ({
  fullAccess: {
    padding: theme.spacing(1.5, 2),
    borderLeft: `4px solid ${theme.palette.info.main}`,
    background: theme.palette.background.default,
    borderRadius: theme.shape.borderRadius,
    marginBottom: theme.spacing(2),
  },
  section: { marginTop: theme.spacing(3) },
  pluginHeading: {
    display: 'flex',
    alignItems: 'baseline',
    gap: theme.spacing(1),
    margin: theme.spacing(2, 0, 0.5),
  },
  // Words stay whole in cells (the theme lets them break anywhere); a table
  // wider than its card scrolls inside it (see the page's card styles).
  table: {
    '& th, & td': {
      wordBreak: 'normal',
      verticalAlign: 'top',
      padding: theme.spacing(0.75, 1.5),
    },
  },
  // The same columns in every plugin's table.
  actionCell: { width: '28%' },
  attributesCell: { width: 150, whiteSpace: 'nowrap' },
  nowrap: { whiteSpace: 'nowrap' },
  actionId: {
    whiteSpace: 'nowrap',
    fontFamily: 'monospace',
    fontSize: theme.typography.caption.fontSize,
    color: theme.palette.text.secondary,
  },
  // The palette's main error red fails 4.5:1 contrast with white chip text.
  destructive: {
    backgroundColor: darken(theme.palette.error.main, 0.3),
    color: theme.palette.common.white,
    fontWeight: theme.typography.fontWeightBold as number,
    marginBottom: theme.spacing(0.5),
    '& svg': { color: theme.palette.common.white },
  },
  more: {
    marginLeft: theme.spacing(-0.5),
    padding: theme.spacing(0, 0.5),
    minWidth: 0,
    textTransform: 'none',
    color: theme.palette.text.secondary,
  },
  fullDescription: { whiteSpace: 'pre-wrap', marginTop: theme.spacing(0.5) },
  snippet: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: theme.spacing(1),
    marginTop: theme.spacing(1),
    '& pre': {
      flex: 1,
      minWidth: 0,
      margin: 0,
      padding: theme.spacing(1.5),
      // Long lines (URLs) wrap rather than scroll: nothing hides off-screen.
      whiteSpace: 'pre-wrap',
      overflowWrap: 'anywhere',
      background: theme.palette.background.default,
      border: `1px solid ${theme.palette.divider}`,
      borderRadius: theme.shape.borderRadius,
      fontSize: theme.typography.caption.fontSize,
    },
  },
  measure: { marginTop: theme.spacing(2) },
}));

function Section(props: { title: string; children: ReactNode }) {
  const classes = useStyles();
  const id = useId();
  return (
    <section aria-labelledby={id} className={classes.section}>
      <Typography id={id} variant="h6" component="h3">
        {props.title}
      </Typography>
      {props.children}
    </section>
  );
}

function Snippet(props: { code: string; label: string; copyLabel: string }) {
  const classes = useStyles();
  return (
    <div className={classes.snippet} role="group" aria-label={props.label}>
      <pre>
        <code>{props.code}</code>
      </pre>
      <CopyTextButton text={props.code} aria-label={props.copyLabel} />
    </div>
  );
}

function Attributes(props: { action: AgentAction }) {
  const classes = useStyles();
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const { destructive, readOnly, idempotent } = props.action.attributes;
  return (
    <>
      {destructive && (
        <div>
          <Chip
            size="small"
            icon={<WarningIcon aria-hidden />}
            className={classes.destructive}
            label={t('agents.actions.destructive')}
          />
        </div>
      )}
      <Typography variant="body2">
        {readOnly
          ? t('agents.actions.readOnly')
          : t('agents.actions.changesData')}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {idempotent
          ? t('agents.actions.idempotent')
          : t('agents.actions.notIdempotent')}
      </Typography>
    </>
  );
}

// Browsers break lines after a hyphen and around some punctuation, which
// splits names such as catalog-info.yaml or "relations.<type>" in a narrow
// column: words holding punctuation stay on one line.
function WholeWords(props: { text: string }) {
  const classes = useStyles();
  return (
    <>
      {props.text.split(/(\S*[^\w\s]\S*)/).map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} className={classes.nowrap}>
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}

function Description(props: { text: string }) {
  const classes = useStyles();
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const { summary, truncated } = summarizeDescription(props.text);
  // Rendered once opened: some descriptions document a whole query language.
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <Typography variant="body2">
        <WholeWords text={summary} />
      </Typography>
      {truncated && (
        <>
          <Button
            size="small"
            className={classes.more}
            aria-expanded={open}
            aria-controls={id}
            onClick={() => setOpen(!open)}
          >
            {open
              ? t('agents.actions.hideDescription')
              : t('agents.actions.fullDescription')}
          </Button>
          {open && (
            <Typography
              id={id}
              variant="body2"
              component="div"
              className={classes.fullDescription}
            >
              <WholeWords text={props.text.trim()} />
            </Typography>
          )}
        </>
      )}
    </>
  );
}

function ActionsTable(props: { pluginId: string; actions: AgentAction[] }) {
  const classes = useStyles();
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  return (
    <Table
      size="small"
      className={classes.table}
      aria-label={t('agents.actions.tableLabel', { pluginId: props.pluginId })}
    >
      <TableHead>
        <TableRow>
          <TableCell className={classes.actionCell}>
            {t('agents.actions.action')}
          </TableCell>
          <TableCell>{t('agents.actions.description')}</TableCell>
          <TableCell className={classes.attributesCell}>
            {t('agents.actions.attributes')}
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.actions.map(action => (
          <TableRow key={action.id}>
            <TableCell component="th" scope="row" role="rowheader">
              <Typography variant="body2">
                <strong>{action.title}</strong>
              </Typography>
              <div className={classes.actionId}>{action.id}</div>
            </TableCell>
            <TableCell>
              <Description text={action.description} />
            </TableCell>
            <TableCell className={classes.attributesCell}>
              <Attributes action={action} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

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

function ActionsSection(props: { access: AgentAccess; onRetry: () => void }) {
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

function SetupSection(props: { access: AgentAccess }) {
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

function ContainSection() {
  const classes = useStyles();
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const measures = [
    {
      title: t('agents.contain.filtersTitle'),
      body: t('agents.contain.filtersBody'),
      code: ACTION_FILTERS_SNIPPET,
      copyLabel: t('agents.contain.copyFilters'),
    },
    {
      title: t('agents.contain.visibilityTitle'),
      body: t('agents.contain.visibilityBody'),
      code: VISIBILITY_PERMISSION_SNIPPET,
      copyLabel: t('agents.contain.copyVisibility'),
    },
    {
      title: t('agents.contain.restrictionsTitle'),
      body: t('agents.contain.restrictionsBody'),
      code: ACCESS_RESTRICTIONS_SNIPPET,
      copyLabel: t('agents.contain.copyRestrictions'),
    },
  ];
  return (
    <Section title={t('agents.contain.heading')}>
      {measures.map(measure => (
        <div key={measure.title} className={classes.measure}>
          <Typography variant="subtitle2" component="h4">
            {measure.title}
          </Typography>
          <Typography variant="body2">{measure.body}</Typography>
          <Snippet
            code={measure.code}
            label={measure.title}
            copyLabel={measure.copyLabel}
          />
        </div>
      ))}
    </Section>
  );
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
