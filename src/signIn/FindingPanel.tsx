import type { ReactNode } from 'react';
import { CopyTextButton } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import CheckCircleOutlineIcon from '@material-ui/icons/CheckCircleOutline';
import ErrorOutlineIcon from '@material-ui/icons/ErrorOutline';
import ReportProblemOutlinedIcon from '@material-ui/icons/ReportProblemOutlined';
import {
  formatFinding,
  type SignInFinding,
} from '../shared/logic/signInFailures';
import { FindingBody } from '../shared/findings';
import { useSignInText } from '../shared/hooks/useSignInText';

const useStyles = makeStyles(theme => ({
  panel: {
    display: 'flex',
    gap: theme.spacing(1.5),
    padding: theme.spacing(1.5, 2),
    borderRadius: theme.shape.borderRadius,
    borderLeft: `4px solid`,
    background: theme.palette.background.default,
    textAlign: 'left',
  },
  ok: { borderLeftColor: theme.palette.success.main },
  warning: { borderLeftColor: theme.palette.warning.main },
  problem: { borderLeftColor: theme.palette.error.main },
  okIcon: { color: theme.palette.success.main },
  warningIcon: { color: theme.palette.warning.main },
  problemIcon: { color: theme.palette.error.main },
  body: {
    flex: 1,
    minWidth: 0,
    // Words wrap between words; only runs without a break opportunity (URLs,
    // ids, tokens) may break anywhere, instead of overflowing the narrow card.
    '& p, & dl dd, & li': {
      wordBreak: 'normal',
      overflowWrap: 'anywhere',
    },
  },
  causes: {
    margin: theme.spacing(0.5, 0, 0),
    paddingLeft: theme.spacing(3),
  },
  footer: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    marginTop: theme.spacing(1),
  },
}));

const icons = {
  ok: CheckCircleOutlineIcon,
  warning: ReportProblemOutlinedIcon,
  problem: ErrorOutlineIcon,
};

/**
 * One finding: title, what happened, how to fix it, the evidence, and a
 * button that copies all of it. `announce` makes screen readers read it when
 * it appears (failures after a click).
 */
export function FindingPanel(props: {
  finding: SignInFinding;
  announce?: boolean;
  action?: ReactNode;
}) {
  const { finding, announce, action } = props;
  const classes = useStyles();
  const text = useSignInText();
  const Icon = icons[finding.severity];
  const copyable = finding.severity !== 'ok';
  return (
    <Box
      className={`${classes.panel} ${classes[finding.severity]}`}
      role={announce ? 'alert' : undefined}
    >
      <Icon
        className={classes[`${finding.severity}Icon` as const]}
        role="img"
        aria-hidden={false}
        aria-label={text(`finding.severity.${finding.severity}`)}
      />
      <div className={classes.body}>
        <FindingBody finding={finding} fixLabel={text('finding.fix')} />
        {finding.causes && finding.causes.length > 0 && (
          <>
            <Typography variant="body2" component="p">
              <strong>{text('finding.likelyCauses')}:</strong>
            </Typography>
            <ol
              className={classes.causes}
              aria-label={text('finding.likelyCauses')}
            >
              {finding.causes.map(cause => (
                <Typography key={cause} variant="body2" component="li">
                  {cause}
                </Typography>
              ))}
            </ol>
          </>
        )}
        {(action || copyable) && (
          <div className={classes.footer}>
            {action}
            {copyable && (
              <CopyTextButton
                text={formatFinding(finding)}
                aria-label={text('finding.copyDetails')}
                tooltipText={text('finding.copied')}
              />
            )}
          </div>
        )}
      </div>
    </Box>
  );
}
