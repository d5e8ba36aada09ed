import { useMemo } from 'react';
import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Link from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { Finding } from '../../shared/findings/logic';
import { useFindingText } from '../../shared/findings';
import { accessInspectorSignInTranslationRef } from '../../shared/translations/signInTranslationRef';
import { useMyAccessData } from '../data/useMyAccessData';
import { accessInspectorTranslationRef } from '../translation';
import { summarizeDoctor } from './logic/summarize';

const useStyles = makeStyles(theme => ({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: theme.spacing(2),
    rowGap: theme.spacing(0.5),
    margin: 0,
    '& dt': { color: theme.palette.text.secondary },
    '& dd': { margin: 0, overflowWrap: 'anywhere' },
  },
  list: { margin: theme.spacing(0.5, 0, 0), paddingLeft: theme.spacing(3) },
  problem: { color: theme.palette.error.main, fontWeight: 700 },
  warning: { color: theme.palette.warning.dark, fontWeight: 700 },
}));

/** Where the summary's links go: anchors the 401 doctor's card carries. */
export type SummaryAnchors = {
  doctor: string;
  openDoors: string;
  checks: string;
};

/**
 * The top of My Access: who you are and the 401 doctor's verdict, the
 * problems and warnings listed with open doors first, each a link to its
 * section of the doctor. It shows the doctor's run, it starts none.
 */
export function MyAccessSummary(props: {
  doctor: {
    value?: { openDoors: Finding[]; findings: Finding[] };
    loading: boolean;
    error?: Error;
  };
  anchors: SummaryAnchors;
}) {
  const { doctor, anchors } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const labels = useFindingText(accessInspectorSignInTranslationRef, 'finding');
  const { token } = useMyAccessData();
  const identity = token.value?.identity;
  const displayName = token.value?.profile.displayName;
  const verdict = useMemo(
    () => (doctor.value ? summarizeDoctor(doctor.value) : undefined),
    [doctor.value],
  );

  let doctorText: string;
  if (verdict) {
    doctorText = t('summary.verdict', {
      problem: t('summary.counts.problem', { count: verdict.problems }),
      warning: t('summary.counts.warning', { count: verdict.warnings }),
    });
  } else if (doctor.error) {
    doctorText = t('summary.failed', { message: doctor.error.message });
  } else {
    doctorText = t('summary.running');
  }

  return (
    <InfoCard title={t('summary.title')}>
      <dl className={classes.facts}>
        <dt>{t('summary.signedInAs')}</dt>
        <dd>
          {identity
            ? [displayName, identity.userEntityRef].filter(Boolean).join(' · ')
            : '…'}
        </dd>
        <dt>{t('summary.doctor')}</dt>
        <dd>
          <Link href={anchors.doctor}>{doctorText}</Link>
        </dd>
      </dl>
      {verdict && verdict.attention.length > 0 && (
        <Box mt={1.5}>
          <Typography variant="subtitle2" component="h3">
            {t('summary.attention')}
          </Typography>
          <ul className={classes.list} aria-label={t('summary.attention')}>
            {verdict.attention.map(({ finding, openDoor }) => (
              <li key={finding.id}>
                <span
                  className={classes[finding.severity as 'problem' | 'warning']}
                >
                  {openDoor
                    ? `${t('summary.openDoor')} · ${labels(`severity.${finding.severity}`)}`
                    : labels(`severity.${finding.severity}`)}
                </span>
                {': '}
                <Link href={openDoor ? anchors.openDoors : anchors.checks}>
                  {finding.title}
                </Link>
              </li>
            ))}
          </ul>
        </Box>
      )}
      {verdict && verdict.attention.length === 0 && (
        <Box mt={1.5}>
          <Typography variant="body2">{t('summary.allClear')}</Typography>
        </Box>
      )}
    </InfoCard>
  );
}
