import type { ReactNode } from 'react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import CheckCircleOutlineIcon from '@material-ui/icons/CheckCircleOutline';
import ErrorOutlineIcon from '@material-ui/icons/ErrorOutline';
import HelpOutlineIcon from '@material-ui/icons/HelpOutline';
import InfoOutlinedIcon from '@material-ui/icons/InfoOutlined';
import ReportProblemOutlinedIcon from '@material-ui/icons/ReportProblemOutlined';
import type { Finding, FindingSeverity, FindingText } from './logic';

const useStyles = makeStyles(theme => ({
  root: { display: 'flex', gap: theme.spacing(1.5) },
  panel: {
    padding: theme.spacing(1.5, 2),
    borderRadius: theme.shape.borderRadius,
    borderLeft: `4px solid`,
    background: theme.palette.background.default,
    textAlign: 'left',
  },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  okBorder: { borderLeftColor: theme.palette.success.main },
  infoBorder: { borderLeftColor: theme.palette.info.main },
  unknownBorder: { borderLeftColor: theme.palette.text.secondary },
  warningBorder: { borderLeftColor: theme.palette.warning.main },
  problemBorder: { borderLeftColor: theme.palette.error.main },
  item: {
    padding: theme.spacing(1, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
  },
  ok: { color: theme.palette.success.main },
  info: { color: theme.palette.info.main },
  // Neither passed nor failed: no traffic-light colour.
  unknown: { color: theme.palette.text.secondary },
  warning: { color: theme.palette.warning.main },
  problem: { color: theme.palette.error.main },
  body: {
    flex: 1,
    minWidth: 0,
    // Words wrap between words; only runs without a break opportunity (URLs,
    // ids, tokens) may break anywhere, instead of overflowing a narrow card.
    '& p, & dl dd, & li': { wordBreak: 'normal', overflowWrap: 'anywhere' },
  },
  severity: {
    display: 'block',
    fontSize: theme.typography.caption.fontSize,
    color: theme.palette.text.secondary,
  },
  title: { fontWeight: theme.typography.fontWeightBold as number },
  causes: { margin: theme.spacing(0.5, 0, 0), paddingLeft: theme.spacing(3) },
  evidence: {
    margin: theme.spacing(1, 0, 0),
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: theme.spacing(1.5),
    rowGap: theme.spacing(0.5),
    '& dt': { color: theme.palette.text.secondary },
    '& dd': { margin: 0, fontFamily: 'monospace', wordBreak: 'break-all' },
    // On a narrow screen the label goes above its value, which then has the
    // whole width: a URL or time stays on one line where it fits.
    [theme.breakpoints.down('xs')]: {
      gridTemplateColumns: 'minmax(0, 1fr)',
      '& dd': { wordBreak: 'normal', overflowWrap: 'anywhere' },
      '& dd + dt': { marginTop: theme.spacing(0.5) },
    },
  },
  footer: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    marginTop: theme.spacing(1),
  },
}));

const icons: Record<FindingSeverity, typeof CheckCircleOutlineIcon> = {
  ok: CheckCircleOutlineIcon,
  info: InfoOutlinedIcon,
  unknown: HelpOutlineIcon,
  warning: ReportProblemOutlinedIcon,
  problem: ErrorOutlineIcon,
};

/**
 * One finding, wherever it comes from: severity icon, title, explanation,
 * fix, likely causes and evidence. `labels` reads `fix`, `likelyCauses` and
 * `severity.<severity>` from the surface's translation ref.
 *
 * A `panel` stands alone, framed in its severity's colour, its icon named
 * by the severity; `announce` makes screen readers read it when it appears.
 * An `item` sits in a {@link FindingList}, named "<severity>: <title>".
 */
export function FindingView(props: {
  finding: Finding;
  labels: FindingText;
  variant?: 'panel' | 'item';
  announce?: boolean;
  /** Buttons under the finding. */
  action?: ReactNode;
  /**
   * Renders a likely cause in its own way (e.g. the URL it quotes with a
   * copy button); undefined leaves it as text.
   */
  renderCause?: (cause: string) => ReactNode;
}) {
  const {
    finding,
    labels,
    variant = 'panel',
    announce,
    action,
    renderCause,
  } = props;
  const classes = useStyles();
  const Icon = icons[finding.severity];
  const severity = labels(`severity.${finding.severity}`);
  const item = variant === 'item';
  const likelyCauses = labels('likelyCauses');
  return (
    <Box
      component={item ? 'li' : 'div'}
      className={`${classes.root} ${classes[variant]} ${
        item ? '' : classes[`${finding.severity}Border` as const]
      }`}
      role={announce ? 'alert' : undefined}
      aria-label={item ? `${severity}: ${finding.title}` : undefined}
    >
      <Icon
        className={classes[finding.severity]}
        {...(item
          ? { 'aria-hidden': true }
          : { role: 'img', 'aria-hidden': false, 'aria-label': severity })}
      />
      <div className={classes.body}>
        {(finding.severity === 'unknown' || finding.severity === 'info') && (
          // Said in words: neither a pass nor a failure, which the icon
          // alone does not make plain.
          <span className={classes.severity} aria-hidden={!item}>
            {severity}
          </span>
        )}
        <Typography variant="body2" component="p" className={classes.title}>
          {finding.title}
        </Typography>
        <Typography variant="body2" component="p">
          {finding.detail}
        </Typography>
        {finding.fix && (
          <Typography variant="body2" component="p">
            <strong>{labels('fix')}: </strong>
            {finding.fix}
          </Typography>
        )}
        {finding.causes && finding.causes.length > 0 && (
          <>
            <Typography variant="body2" component="p">
              <strong>{likelyCauses}:</strong>
            </Typography>
            <ol className={classes.causes} aria-label={likelyCauses}>
              {finding.causes.map(cause => (
                <Typography key={cause} variant="body2" component="li">
                  {renderCause?.(cause) ?? cause}
                </Typography>
              ))}
            </ol>
          </>
        )}
        {finding.evidence && finding.evidence.length > 0 && (
          <dl className={classes.evidence}>
            {finding.evidence.map(entry => (
              <Box key={entry.label} display="contents">
                <Typography variant="caption" component="dt">
                  {entry.label}
                </Typography>
                <Typography variant="caption" component="dd">
                  {entry.value}
                </Typography>
              </Box>
            ))}
          </dl>
        )}
        {action && <div className={classes.footer}>{action}</div>}
      </div>
    </Box>
  );
}

/** Findings as a list named `label`, one {@link FindingView} item each. */
export function FindingList(props: {
  findings: readonly Finding[];
  label: string;
  labels: FindingText;
}) {
  const classes = useStyles();
  return (
    <ul className={classes.list} aria-label={props.label}>
      {props.findings.map((finding, index) => (
        <FindingView
          key={`${finding.id}-${index}`}
          finding={finding}
          labels={props.labels}
          variant="item"
        />
      ))}
    </ul>
  );
}
