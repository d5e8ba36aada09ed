import { useMemo, type ReactNode } from 'react';
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
import { CARD_ANCHORS, type CardAnchor } from '../cardAnchors';
import { useNowSeconds } from '../../shared/hooks/useNowSeconds';
import {
  formatEpochSeconds,
  formatRelativeSeconds,
} from '../../shared/logic/token';
import { summarizeDoctor } from './logic/summarize';
import {
  countGroups,
  countPermissions,
  sessionTimeLeft,
  type PermissionDecisions,
  type SummaryFact,
} from './logic/summarizeAccess';

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
  jump: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5, 2),
    listStyle: 'none',
    margin: theme.spacing(0.5, 0, 0),
    padding: 0,
  },
  nowrap: { whiteSpace: 'nowrap' },
  problem: { color: theme.palette.error.main, fontWeight: 700 },
  warning: { color: theme.palette.warning.dark, fontWeight: 700 },
}));

/** Where the summary's links go: anchors the 401 doctor's card carries. */
export type SummaryAnchors = {
  doctor: string;
  openDoors: string;
  checks: string;
};

// The cards in the order the page shows them.
const JUMP_ORDER: CardAnchor[] = [
  'token',
  'groups',
  'sessions',
  'permissions',
  'doctor',
  'agents',
];

/**
 * The top of My Access, answering its question first: who you are, the
 * session's time left, the 401 doctor's verdict (the problems and warnings
 * listed with open doors first, each a link to its section of the doctor),
 * the counts of groups and permission decisions, and a link to every card.
 * It shows the reads the page made, it starts none; what is not read yet or
 * failed is "could not tell", never zero.
 */
export function MyAccessSummary(props: {
  doctor: {
    value?: { openDoors: Finding[]; findings: Finding[] };
    loading: boolean;
    error?: Error;
  };
  permissions: {
    value?: PermissionDecisions;
    loading: boolean;
    error?: Error;
  };
  anchors: SummaryAnchors;
}) {
  const { doctor, anchors } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const labels = useFindingText(accessInspectorSignInTranslationRef, 'finding');
  const { token, membership } = useMyAccessData();
  const nowSeconds = useNowSeconds();
  const identity = token.value?.identity;
  const decoded = token.value?.decoded;
  const exp =
    decoded?.ok && typeof decoded.token.payload.exp === 'number'
      ? decoded.token.payload.exp
      : undefined;
  const session = sessionTimeLeft(exp, nowSeconds, token.loading);
  const groups = countGroups(membership);
  const permissions = countPermissions(props.permissions);
  const reasonText = (reason?: string) => {
    if (reason === 'no-catalog') return t('summary.reasons.noCatalog');
    if (reason === 'no-user') return t('summary.reasons.noUser');
    if (reason === 'disabled') return t('summary.reasons.disabled');
    return reason;
  };
  const fact = <T,>(
    value: SummaryFact<T>,
    known: (v: T) => ReactNode,
  ): ReactNode => {
    if (value.status === 'loading') return t('summary.loading');
    if (value.status === 'unknown') {
      const reason = reasonText(value.reason);
      return reason
        ? t('summary.unknownBecause', { reason })
        : t('summary.unknown');
    }
    return known(value);
  };
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
        <dt>{t('summary.session')}</dt>
        <dd>
          {fact(session, ({ exp: at, secondsLeft }) => (
            <>
              {t(
                secondsLeft > 0
                  ? 'summary.sessionLeft'
                  : 'summary.sessionExpired',
                { relative: formatRelativeSeconds(secondsLeft) },
              )}{' '}
              {/* A time stays on one line. */}
              <span className={classes.nowrap}>
                {t('summary.sessionAt', { at: formatEpochSeconds(at) })}
              </span>
            </>
          ))}
        </dd>
        <dt>{t('summary.doctor')}</dt>
        <dd>
          <Link href={anchors.doctor}>{doctorText}</Link>
        </dd>
        <dt>{t('summary.groups')}</dt>
        <dd>
          {fact(groups, counts =>
            t('summary.groupsCount', {
              direct: String(counts.direct),
              inherited: String(counts.inherited),
            }),
          )}
        </dd>
        <dt>{t('summary.permissions')}</dt>
        <dd>
          {fact(permissions, counts =>
            [
              t('summary.permissionsCount', {
                allowed: String(counts.allowed),
                denied: String(counts.denied),
              }),
              counts.perResource > 0 &&
                t('summary.permissionsPerResource', {
                  count: counts.perResource,
                }),
              counts.unknown > 0 &&
                t('summary.permissionsUnknown', { count: counts.unknown }),
              counts.pending > 0 &&
                t('summary.permissionsPending', { count: counts.pending }),
            ]
              .filter(Boolean)
              .join(', '),
          )}
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
      <Box mt={1.5} component="nav" aria-label={t('summary.jumpTo')}>
        <Typography variant="subtitle2" component="h3">
          {t('summary.jumpTo')}
        </Typography>
        <ul className={classes.jump}>
          {JUMP_ORDER.map(card => (
            <li key={card}>
              <Link href={`#${CARD_ANCHORS[card]}`}>
                {t(`summary.cards.${card}`)}
              </Link>
            </li>
          ))}
        </ul>
      </Box>
    </InfoCard>
  );
}
