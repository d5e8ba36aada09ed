import { useMemo, useState } from 'react';
import { InfoCard, Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Divider from '@material-ui/core/Divider';
import Typography from '@material-ui/core/Typography';
import { useDoctor, type DoctorState } from './useDoctor';
import { EnsureMyAccessData, useMyAccessData } from '../useMyAccessData';
import {
  applyPastedError,
  pluginsNamedInText,
  readPastedText,
  type SignInExplanation,
} from './logic';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import { useSignInText } from '../../shared/hooks/useSignInText';
import { readRememberedProvider } from '../../shared/providers/rememberedProvider';
import { countFindings, sortFindings } from '../../shared/findings/logic';
import { FindingList, useFindingText } from '../../shared/findings';
import { compareOwnership } from '../groups/logic';
import {
  describePasted,
  summarizeGroups,
  type GroupsSummary,
  type PermissionSummary,
  type SupportBundleExtras,
  type SupportBundleInput,
} from '../logic';
import { useSessionTimeline } from '../../shared/timeline';
import { accessInspectorTranslationRef } from '../translation';
import { accessInspectorSignInTranslationRef } from '../../shared/translations/signInTranslationRef';
import { CallErrorPanel } from '../components/CallErrorPanel';
import { PasteBox } from './PasteBox';
import { SessionTimeline } from './SessionTimeline';
import { SupportBundleButtons } from './SupportBundleButtons';

/**
 * What My Access and tests give the doctor; the package exports
 * {@link DoctorCard}, which takes none of it.
 */
export type DoctorCardBaseProps = {
  /** What the permissions section found, for the support bundle. */
  permissionSummary?: PermissionSummary;
  /** The clock, for tests. */
  now?: () => number;
  /**
   * The doctor's run, when the page shares it with its summary; without it
   * the card runs the checks itself.
   */
  doctor?: DoctorState;
  /**
   * What the page knows beyond the doctor (actions, changes, sessions),
   * read when a bundle is made.
   */
  getBundleExtras?: () =>
    Omit<SupportBundleExtras, 'sender' | 'groupsBySource'> | undefined;
};

/** Who sends the bundle, and their groups by source: what a reader compares. */
function useSenderGroups(): Pick<
  SupportBundleExtras,
  'sender' | 'groupsBySource'
> {
  const { token, userinfo, membership } = useMyAccessData();
  return useMemo((): Pick<SupportBundleExtras, 'sender' | 'groupsBySource'> => {
    const identity = token.value?.identity;
    if (!identity) return {};
    const member = membership.value;
    const groups =
      member?.available && member.userFound ? member.groups : undefined;
    const provider = readRememberedProvider();
    return {
      sender: {
        userEntityRef: identity.userEntityRef,
        ownershipRefs: [...identity.ownershipEntityRefs],
        ...(provider && { provider }),
      },
      groupsBySource: {
        identity: [...identity.ownershipEntityRefs],
        ...(userinfo.value?.claims.ent && {
          userinfo: [...userinfo.value.claims.ent],
        }),
        ...(groups && {
          catalogDirect: groups.filter(g => g.depth === 1).map(g => g.ref),
          catalogInherited: groups.filter(g => g.depth > 1).map(g => g.ref),
        }),
      },
    };
  }, [token.value, userinfo.value, membership.value]);
}

function useGroupsSummary(): GroupsSummary | undefined {
  const { token, userinfo, membership } = useMyAccessData();
  return useMemo(() => {
    const identity = token.value?.identity;
    if (!identity) return undefined;
    const errors = [userinfo.error, membership.error]
      .filter((e): e is Error => Boolean(e))
      .map(e => e.message);
    const catalog = membership.value?.available ? membership.value : undefined;
    return summarizeGroups({
      userEntityRef: identity.userEntityRef,
      comparison: compareOwnership({
        userRef: identity.userEntityRef,
        identityRefs: identity.ownershipEntityRefs,
        userinfoRefs: userinfo.value?.claims.ent,
        catalog,
      }),
      catalogRead: Boolean(catalog),
      errors,
    });
  }, [
    token.value,
    userinfo.value,
    userinfo.error,
    membership.value,
    membership.error,
  ]);
}

/**
 * Where the doctor can be linked to (My Access's summary does): the page
 * puts `doctor` on the card's place, the card carries the other two.
 */
export const DOCTOR_ANCHORS = {
  doctor: 'access-inspector-doctor',
  openDoors: 'access-inspector-open-doors',
  checks: 'access-inspector-doctor-checks',
} as const;

function DoctorCardRunning(props: DoctorCardBaseProps) {
  const doctor = useDoctor({ now: props.now });
  return <DoctorCardView {...props} doctor={doctor} />;
}

/** The doctor inside My Access's shared data, with the page's permissions. */
export function DoctorCardBase(props: DoctorCardBaseProps = {}) {
  return props.doctor ? (
    <DoctorCardView {...props} doctor={props.doctor} />
  ) : (
    <DoctorCardRunning {...props} />
  );
}

function DoctorCardView(props: DoctorCardBaseProps & { doctor: DoctorState }) {
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const now = props.now ?? Date.now;
  const { doctor } = props;
  const { token } = useMyAccessData();
  const { getEvents: getSessionEvents } = useSessionTimeline();
  const groups = useGroupsSummary();
  const senderGroups = useSenderGroups();
  const text = useFindingText(accessInspectorTranslationRef, 'doctor');
  const findingLabels = useFindingText(
    accessInspectorSignInTranslationRef,
    'finding',
  );
  const [input, setInput] = useState('');
  const pasted = useMemo(() => readPastedText(input), [input]);
  const report = doctor.value;
  const signInText = useSignInText();
  const environment =
    useApi(configApiRef).getOptionalString('auth.environment');
  // Explained for this app, as the sign-in page would: its URLs and
  // environment, and the provider signed in with.
  const remembered = readRememberedProvider();
  const signIn = useMemo<SignInExplanation>(
    () => ({
      text: signInText,
      environment,
      authBaseUrl: report?.environment.authBaseUrl,
      appBaseUrl: report?.environment.appBaseUrl,
      pageOrigin: window.location.origin,
      // Guest has no identity provider to blame.
      providerId: remembered === 'guest' ? undefined : remembered,
    }),
    [signInText, environment, report, remembered],
  );
  // Plugins the pasted error comes from: their checks become problems.
  const named = useMemo(() => {
    if (!report || !pasted.failure) return {};
    const baseUrls = Object.fromEntries(
      Object.values(report.probes).map(p => [p.pluginId, p.baseUrl]),
    );
    return pluginsNamedInText(input, baseUrls);
  }, [report, pasted, input]);
  const findings = useMemo(
    () =>
      report
        ? sortFindings(
            applyPastedError(report.findings, report.probes, named, text),
          )
        : [],
    [report, named, text],
  );
  const related = findings.filter(
    f =>
      Object.prototype.hasOwnProperty.call(report?.probes ?? {}, f.id) &&
      Object.prototype.hasOwnProperty.call(
        named,
        report?.probes[f.id].pluginId ?? '',
      ),
  );
  const openDoors = useMemo(
    () => sortFindings(report?.openDoors ?? []),
    [report],
  );
  const counts = countFindings([...openDoors, ...findings]);

  const getBundleInput = (): SupportBundleInput => {
    const decoded = token.value?.decoded;
    return {
      generatedAtMs: now(),
      environment: doctor.value?.environment ?? {},
      findings,
      openDoors,
      checksEvaluatedAtMs: doctor.value?.evaluatedAtMs,
      decoded: decoded?.ok
        ? { header: decoded.token.header, payload: decoded.token.payload }
        : undefined,
      groups,
      permissions: props.permissionSummary,
      timeline: getSessionEvents(),
      pasted: describePasted(
        pasted.kind === 'token' ? { token: input } : { error: input },
        { nowMs: now(), text, signIn },
      ),
      token: token.value?.token,
      ...senderGroups,
      ...props.getBundleExtras?.(),
    };
  };

  let checks;
  if (doctor.loading) {
    checks = (
      <>
        <Typography variant="body2">{t('doctor.card.running')}</Typography>
        <Progress />
      </>
    );
  } else if (doctor.error) {
    checks = (
      <CallErrorPanel
        call={t('errors.identityFailed')}
        error={doctor.error}
        onRetry={doctor.retry}
      />
    );
  } else {
    checks = (
      <>
        <Typography variant="body2" role="status">
          {t('doctor.card.summary', {
            problem: t('doctor.card.counts.problem', { count: counts.problem }),
            warning: t('doctor.card.counts.warning', { count: counts.warning }),
            ok: t('doctor.card.counts.ok', { count: counts.ok }),
            unknown: t('doctor.card.counts.unknown', { count: counts.unknown }),
            info: t('doctor.card.counts.info', { count: counts.info }),
          })}
        </Typography>
        <section aria-labelledby={DOCTOR_ANCHORS.openDoors}>
          <Typography
            variant="subtitle1"
            component="h4"
            id={DOCTOR_ANCHORS.openDoors}
          >
            {t('doctor.openDoors.title')}
          </Typography>
          <Typography variant="body2" color="textSecondary">
            {t('doctor.openDoors.intro')}
          </Typography>
          <FindingList
            labels={findingLabels}
            findings={openDoors}
            label={t('doctor.openDoors.title')}
          />
        </section>
        <Typography
          variant="subtitle1"
          component="h4"
          id={DOCTOR_ANCHORS.checks}
        >
          {t('doctor.card.otherChecks')}
        </Typography>
        <FindingList
          labels={findingLabels}
          findings={findings}
          label={t('doctor.card.checks')}
        />
        <Box mt={1}>
          <Button variant="outlined" size="small" onClick={doctor.retry}>
            {t('doctor.card.runAgain')}
          </Button>
        </Box>
      </>
    );
  }

  return (
    <InfoCard
      title={t('doctor.card.title')}
      subheader={t('doctor.card.subheader')}
    >
      <section aria-label={t('doctor.card.checks')}>
        <Typography variant="h6" component="h3">
          {t('doctor.card.checks')}
        </Typography>
        {checks}
      </section>
      <Box my={2}>
        <Divider />
      </Box>
      <PasteBox
        text={text}
        input={input}
        pasted={pasted}
        onInputChange={setInput}
        signIn={signIn}
        related={related}
        now={now}
      />
      <Box my={2}>
        <Divider />
      </Box>
      <SessionTimeline />
      <Box my={2}>
        <Divider />
      </Box>
      <SupportBundleButtons
        getInput={getBundleInput}
        disabled={doctor.loading}
      />
    </InfoCard>
  );
}

/**
 * The 401 doctor: checks that explain a 401, a token and an error-body
 * decoder that work offline, this tab's session timeline, and a redacted
 * support bundle. Outside My Access it loads the identity, userinfo and
 * catalog groups itself; its bundle then says permissions were not provided.
 */
export function DoctorCard() {
  return (
    <EnsureMyAccessData>
      <DoctorCardBase />
    </EnsureMyAccessData>
  );
}
