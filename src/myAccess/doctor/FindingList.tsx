import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { makeStyles } from '@material-ui/core/styles';
import CheckCircleOutlineIcon from '@material-ui/icons/CheckCircleOutline';
import ErrorOutlineIcon from '@material-ui/icons/ErrorOutline';
import HelpOutlineIcon from '@material-ui/icons/HelpOutline';
import InfoOutlinedIcon from '@material-ui/icons/InfoOutlined';
import ReportProblemOutlinedIcon from '@material-ui/icons/ReportProblemOutlined';
import type { DoctorFinding, DoctorSeverity } from './logic';
import { FindingBody } from '../../shared/findings';
import { accessInspectorTranslationRef } from '../translation';

const useStyles = makeStyles(theme => ({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    display: 'flex',
    gap: theme.spacing(1.5),
    padding: theme.spacing(1, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
  },
  ok: { color: theme.palette.success.main },
  info: { color: theme.palette.info.main },
  // Neither passed nor failed: no traffic-light colour.
  unknown: { color: theme.palette.text.secondary },
  warning: { color: theme.palette.warning.main },
  problem: { color: theme.palette.error.main },
  severity: {
    display: 'block',
    fontSize: theme.typography.caption.fontSize,
    color: theme.palette.text.secondary,
  },
  body: { flex: 1, minWidth: 0, overflowWrap: 'anywhere' },
}));

const icons: Record<DoctorSeverity, typeof CheckCircleOutlineIcon> = {
  ok: CheckCircleOutlineIcon,
  info: InfoOutlinedIcon,
  unknown: HelpOutlineIcon,
  warning: ReportProblemOutlinedIcon,
  problem: ErrorOutlineIcon,
};

/**
 * Findings as a list: severity, title, one sentence of explanation, the fix
 * and the evidence. Each item is named by its severity and title.
 */
export function FindingList(props: {
  findings: DoctorFinding[];
  label: string;
}) {
  const classes = useStyles();
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  return (
    <ul className={classes.list} aria-label={props.label}>
      {props.findings.map((finding, index) => {
        const Icon = icons[finding.severity];
        const severity = t(`doctor.card.severity.${finding.severity}`);
        return (
          <li
            key={`${finding.id}-${index}`}
            className={classes.item}
            aria-label={`${severity}: ${finding.title}`}
          >
            <Icon className={classes[finding.severity]} aria-hidden />
            <div className={classes.body}>
              {(finding.severity === 'unknown' ||
                finding.severity === 'info') && (
                // Said in words: neither a pass nor a failure, which the
                // icon alone does not make plain.
                <span className={classes.severity}>{severity}</span>
              )}
              <FindingBody finding={finding} fixLabel={t('doctor.card.fix')} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
