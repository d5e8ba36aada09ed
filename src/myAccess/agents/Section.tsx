import { useId, type ReactNode } from 'react';
import Typography from '@material-ui/core/Typography';
import { CopyTextButton } from '../../shared/components/CopyTextButton';
import { useAgentsCardStyles as useStyles } from './agentsCardStyles';

export function Section(props: { title: string; children: ReactNode }) {
  const classes = useStyles();
  const id = useId();
  return (
    <section aria-labelledby={id} className={classes.section}>
      <Typography id={id} variant="h6" component="h3">
        {props.title}
      </Typography>
      {props.children}
    </section>
  );
}

export function Snippet(props: {
  code: string;
  label: string;
  copyLabel: string;
}) {
  const classes = useStyles();
  return (
    <div className={classes.snippet} role="group" aria-label={props.label}>
      <pre>
        <code>{props.code}</code>
      </pre>
      <CopyTextButton text={props.code} aria-label={props.copyLabel} />
    </div>
  );
}
