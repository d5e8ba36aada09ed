import { Content, Header, Page } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { MyAccessDataProvider } from './useMyAccessData';
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
import { useFocusRingStyles } from '../shared/components/useFocusRingStyles';
import { ProviderSessionsCard } from './sessions';
import type { SignInProviderOption } from '../shared/providers';

const SUMMARY_ANCHORS = {
  doctor: `#${DOCTOR_ANCHORS.doctor}`,
  openDoors: `#${DOCTOR_ANCHORS.openDoors}`,
  checks: `#${DOCTOR_ANCHORS.checks}`,
};

// One doctor run serves the summary at the top and the doctor's card; the
// doctor's support bundle summarises the permissions card's table: one read
// serves both.
function MyAccessCards(props: MyAccessPageProps) {
  const doctor = useDoctor();
  const permissions = usePermissionTable();
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <MyAccessSummary doctor={doctor} anchors={SUMMARY_ANCHORS} />
      </Grid>
      <Grid item xs={12} xl={6}>
        <BackstageTokenCard />
      </Grid>
      <Grid item xs={12} xl={6}>
        <GroupsCard />
      </Grid>
      <Grid item xs={12} xl={6}>
        <ProviderSessionsCard providers={props.providers} />
      </Grid>
      <Grid item xs={12}>
        <PermissionsCardView state={permissions} />
      </Grid>
      <Grid item xs={12}>
        <AgentsCard />
      </Grid>
      <Grid item xs={12} id={DOCTOR_ANCHORS.doctor}>
        <DoctorCardBase
          doctor={doctor}
          permissionSummary={summarizePermissions(permissions.value)}
        />
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

const useStyles = makeStyles({
  // A table wider than its card (a narrow screen, a very long ref) scrolls
  // inside the card instead of breaking words or widening the page. Apps
  // generate suffixed MUI class names ("MuiCardContent-root-12"): hence *=.
  cards: { '& [class*="MuiCardContent-root"]': { overflowX: 'auto' } },
});

/**
 * The cards of My Access, without a page header: the new frontend system's
 * page puts them under the app's own header.
 */
export function MyAccessContent(
  props: MyAccessPageProps & { showSubtitle?: boolean },
) {
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const focusRing = useFocusRingStyles();
  const classes = useStyles();
  return (
    <Content className={`${focusRing.root} ${classes.cards}`}>
      {props.showSubtitle && (
        <Box mb={2}>
          <Typography variant="body1" color="textSecondary">
            {t('myAccessPage.subtitle')}
          </Typography>
        </Box>
      )}
      <MyAccessDataProvider>
        <MyAccessCards providers={props.providers} />
      </MyAccessDataProvider>
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
