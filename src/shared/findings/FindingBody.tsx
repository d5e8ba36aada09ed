import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles(theme => ({
  title: { fontWeight: theme.typography.fontWeightBold as number },
  evidence: {
    margin: theme.spacing(1, 0, 0),
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: theme.spacing(1.5),
    rowGap: theme.spacing(0.5),
    '& dt': { color: theme.palette.text.secondary },
    '& dd': { margin: 0, fontFamily: 'monospace', wordBreak: 'break-all' },
  },
}));

/** What every finding shows, wherever it comes from (sign-in or doctor). */
export type FindingContent = {
  title: string;
  detail: string;
  fix?: string;
  evidence?: Array<{ label: string; value: string }>;
};

/**
 * Title, explanation, fix and evidence of a finding: the one layout the
 * sign-in page and the 401 doctor share.
 */
export function FindingBody(props: {
  finding: FindingContent;
  fixLabel: string;
}) {
  const { finding, fixLabel } = props;
  const classes = useStyles();
  return (
    <>
      <Typography variant="body2" component="p" className={classes.title}>
        {finding.title}
      </Typography>
      <Typography variant="body2" component="p">
        {finding.detail}
      </Typography>
      {finding.fix && (
        <Typography variant="body2" component="p">
          <strong>{fixLabel}: </strong>
          {finding.fix}
        </Typography>
      )}
      {finding.evidence && finding.evidence.length > 0 && (
        <dl className={classes.evidence}>
          {finding.evidence.map(item => (
            <Box key={item.label} display="contents">
              <Typography variant="caption" component="dt">
                {item.label}
              </Typography>
              <Typography variant="caption" component="dd">
                {item.value}
              </Typography>
            </Box>
          ))}
        </dl>
      )}
    </>
  );
}
