import { useCallback, useMemo } from 'react';
import { Link as RouterLink, Route, Routes } from 'react-router-dom';
import { Content, Header, Page } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Link from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { MyAccessDataProvider } from './data/useMyAccessData';
import { accessInspectorTranslationRef } from './translation';
import { AgentsCard } from './agents';
import { BackstageTokenCard } from './token';
import { DOCTOR_ANCHORS, DoctorCardBase } from './doctor';
import { useDoctor } from './doctor/useDoctor';
import { MyAccessSummary } from './summary';
import { GroupsCard } from './groups';
import { PermissionsCardView } from './permissions';
import { usePermissionTable } from './permissions/usePermissionTable';
import { summarizePermissions } from './permissions/logic/summarizePermissions';
import type { PermissionSummary } from './logic';
import { useFocusRingStyles } from '../shared/components/useFocusRingStyles';
import { ProviderSessionsCard } from './sessions';
import {
  SessionsReportProvider,
  useReadProviderSessions,
} from './sessions/useSessionsReport';
import type { SignInProviderOption } from '../shared/providers';
import { CARD_ANCHORS } from './cardAnchors';
import {
  AccessChangesSection,
  AccessHistoryProvider,
  describeChange,
  useLatestAccessHistory,
} from './history';
import { useReportAccess } from './data/useReportAccess';
import { BundleViewer } from './bundle/BundleViewer';
import type { HistoryRead } from './history/logic';

const SUMMARY_ANCHORS = {
  doctor: `#${CARD_ANCHORS.doctor}`,
  openDoors: `#${DOCTOR_ANCHORS.openDoors}`,
  checks: `#${DOCTOR_ANCHORS.checks}`,
};

// The parts of a visit the cards below report to the access history.
const HISTORY_PARTS: Array<'groupsClaim' | 'permissions' | 'actions'> = [
  'groupsClaim',
  'permissions',
  'actions',
];

function historyNote(
  t: Parameters<typeof describeChange>[0],
  read: HistoryRead,
): string {
  switch (read.status) {
    case 'first':
      return t('history.first');
    case 'disabled':
      return t('history.off');
    case 'unavailable':
      return t('history.unavailable', { message: read.message });
    case 'discarded':
      return t(`history.discarded.${read.why}`);
    default:
      return '';
  }
}

// What the support bundle carries beyond the doctor's own reading: the
// actions an agent acting as the user could list, and what changed since the
// last visit, in the words the page shows, and the provider sessions as
// their card shows them.
function useBundleExtras() {
  const readHistory = useLatestAccessHistory();
  const readSessions = useReadProviderSessions();
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  return useCallback(() => {
    const providerSessions = readSessions();
    const history = readHistory();
    if (!history) return { providerSessions };
    const { state, observed } = history;
    const actions = observed?.actions ? [...observed.actions] : undefined;
    if (state.status !== 'done') return { actions, providerSessions };
    const { read, diff } = state;
    const loose = t as unknown as Parameters<typeof describeChange>[0];
    const accessChanges =
      read.status === 'found' && diff
        ? {
            since: new Date(read.snapshot.takenAt).toISOString(),
            changes: diff.changes.map(change => describeChange(loose, change)),
          }
        : { changes: [], note: historyNote(loose, read) };
    return { actions, accessChanges, providerSessions };
  }, [readHistory, readSessions, t]);
}

// One doctor run serves the summary at the top and the doctor's card; the
// doctor's support bundle and the access history summarise the permissions
// card's table: one read serves all three.
function MyAccessCards(props: MyAccessPageProps) {
  const doctor = useDoctor();
  const permissions = usePermissionTable();
  const summary = useMemo(
    () => summarizePermissions(permissions.value),
    [permissions.value],
  );
  // Decisions of a table with a failed call are not compared with the last
  // visit: a permission missing for a failure is no change.
  let decisions: PermissionSummary['decisions'] | null | undefined;
  if (!permissions.loading && summary) {
    decisions =
      summary.decisions && summary.errors?.length === 0
        ? summary.decisions
        : null;
  }
  useReportAccess('permissions', decisions);
  const getBundleExtras = useBundleExtras();
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <MyAccessSummary
          doctor={doctor}
          permissions={permissions}
          anchors={SUMMARY_ANCHORS}
        />
      </Grid>
      <Grid item xs={12}>
        <AccessChangesSection />
      </Grid>
      <Grid item xs={12} xl={6} id={CARD_ANCHORS.token}>
        <BackstageTokenCard />
      </Grid>
      <Grid item xs={12} xl={6} id={CARD_ANCHORS.groups}>
        <GroupsCard />
      </Grid>
      <Grid item xs={12} xl={6} id={CARD_ANCHORS.sessions}>
        <ProviderSessionsCard providers={props.providers} />
      </Grid>
      <Grid item xs={12} id={CARD_ANCHORS.permissions}>
        <PermissionsCardView state={permissions} />
      </Grid>
      <Grid item xs={12} id={CARD_ANCHORS.doctor}>
        <DoctorCardBase
          doctor={doctor}
          permissionSummary={summary}
          getBundleExtras={getBundleExtras}
        />
      </Grid>
      <Grid item xs={12} id={CARD_ANCHORS.agents}>
        <AgentsCard />
      </Grid>
    </Grid>
  );
}

/**
 * Props of {@link MyAccessPage}.
 *
 * @public
 */
export type MyAccessPageProps = {
  /**
   * Sign-in providers to show sessions for. Leave it out: by default the
   * page shows those the app gave the sign-in page (in code or in
   * `accessInspector.signIn.providers`), so an app lists them once.
   */
  providers?: SignInProviderOption[];
};

const useStyles = makeStyles(theme => ({
  // A table wider than its card (a very long ref) scrolls inside the card
  // instead of breaking words or widening the page; on a narrow screen the
  // tables stack (StackedTable) and a table's pager wraps its controls.
  // Apps generate suffixed MUI class names ("MuiCardContent-root-12"):
  // hence *=.
  cards: {
    '& [class*="MuiCardContent-root"]': { overflowX: 'auto' },
    [theme.breakpoints.down('xs')]: {
      '& [class*="MuiTablePagination-toolbar"]': {
        flexWrap: 'wrap',
        paddingLeft: 0,
      },
      '& [class*="MuiTablePagination-spacer"]': { display: 'none' },
    },
  },
}));

function MyAccessOverview(
  props: MyAccessPageProps & { showSubtitle?: boolean },
) {
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  return (
    <>
      <Box
        mb={2}
        display="flex"
        flexWrap="wrap"
        alignItems="baseline"
        style={{ gap: 16 }}
      >
        {/* Under the new system's page header, which holds the title: the
            page's question heads the content, as the legacy header's
            subtitle does there. */}
        {props.showSubtitle && (
          <Typography variant="h5" component="h2">
            {t('myAccessPage.subtitle')}
          </Typography>
        )}
        <Link component={RouterLink} to="bundle" variant="body1">
          {t('bundle.openLink')}
        </Link>
      </Box>
      <MyAccessDataProvider>
        <AccessHistoryProvider expect={HISTORY_PARTS}>
          <SessionsReportProvider>
            <MyAccessCards providers={props.providers} />
          </SessionsReportProvider>
        </AccessHistoryProvider>
      </MyAccessDataProvider>
    </>
  );
}

/**
 * The cards of My Access, without a page header: the new frontend system's
 * page puts them under the app's own header. `bundle` opens a support bundle
 * someone sent.
 */
export function MyAccessContent(
  props: MyAccessPageProps & { showSubtitle?: boolean },
) {
  const focusRing = useFocusRingStyles();
  const classes = useStyles();
  return (
    <Content className={`${focusRing.root} ${classes.cards}`}>
      <Routes>
        <Route path="bundle" element={<BundleViewer />} />
        <Route path="*" element={<MyAccessOverview {...props} />} />
      </Routes>
    </Content>
  );
}

/**
 * The My Access page with its own header, for the legacy frontend system
 * (which gives pages no header of their own).
 *
 * @public
 */
export function MyAccessPage(props: MyAccessPageProps = {}) {
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  return (
    <Page themeId="tool">
      <Header
        title={t('myAccessPage.title')}
        subtitle={t('myAccessPage.subtitle')}
      />
      <MyAccessContent providers={props.providers} />
    </Page>
  );
}
