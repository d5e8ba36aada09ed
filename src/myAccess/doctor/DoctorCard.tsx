import { useMemo, useState } from 'react';
import { InfoCard, Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Divider from '@material-ui/core/Divider';
import Typography from '@material-ui/core/Typography';
import { useDoctor, type DoctorState } from './useDoctor';
import { EnsureMyAccessData } from '../data/useMyAccessData';
import { explainPasted, type SupportBundleExtras } from './logic';
import type { PermissionSummary } from '../logic/permissionSummary';
import { FindingList, useFindingText } from '../../shared/findings';
import { accessInspectorTranslationRef } from '../translation';
import { accessInspectorSignInTranslationRef } from '../../shared/translations/signInTranslationRef';
import { CallErrorPanel } from '../components/CallErrorPanel';
import { PasteBox } from './PasteBox';
import { SessionTimeline } from './SessionTimeline';
import { SupportBundleButtons } from './SupportBundleButtons';
import { useSignInExplanation } from './useSignInExplanation';
import { useDoctorFindings } from './useDoctorFindings';
import { useSupportBundleInput } from './useSupportBundleInput';

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
  const report = doctor.value;
  const text = useFindingText(accessInspectorTranslationRef, 'doctor');
  const findingLabels = useFindingText(
    accessInspectorSignInTranslationRef,
    'finding',
  );
  const signIn = useSignInExplanation(report);
  const [input, setInput] = useState('');
  // Read and explained once: the paste box shows it, the bundle reuses it.
  const pasted = useMemo(
    () => explainPasted(input, { nowMs: now(), text, signIn }),
    [input, now, text, signIn],
  );
  const { findings, openDoors, related, counts } = useDoctorFindings(
    report,
    pasted,
    text,
  );
  const getBundleInput = useSupportBundleInput({
    doctor,
    findings,
    openDoors,
    pasted,
    permissionSummary: props.permissionSummary,
    getBundleExtras: props.getBundleExtras,
    now,
  });

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
        input={input}
        explained={pasted}
        onInputChange={setInput}
        related={related}
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
