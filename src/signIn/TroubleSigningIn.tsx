import { lazy, Suspense, useId } from 'react';
import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import type { ResolvedSignInProvider } from '../shared/providers';
import { useSignInPageText } from '../shared/hooks/useSignInPageText';
import { NotLoaded } from './NotLoaded';

const useStyles = makeStyles(theme => ({
  accordion: { marginTop: theme.spacing(4) },
  details: {
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(1.5),
  },
}));

// Most visits never open the section: its checks load when it opens.
const TroubleSigningInChecks = lazy(() =>
  import('./TroubleSigningInChecks').then(m => ({
    default: m.TroubleSigningInChecks,
  })),
);

/**
 * "Trouble signing in?": checks that need no session, collapsed by default.
 * The backend is only probed once the section is opened.
 */
export function TroubleSigningIn(props: {
  providers: ResolvedSignInProvider[];
}) {
  const classes = useStyles();
  const text = useSignInPageText();
  const id = useId();
  return (
    <Accordion
      className={classes.accordion}
      TransitionProps={{ unmountOnExit: true }}
    >
      <AccordionSummary
        expandIcon={<ExpandMoreIcon />}
        id={`${id}-summary`}
        aria-controls={`${id}-details`}
      >
        <Typography variant="subtitle1" component="h2">
          {text('trouble.title')}
        </Typography>
      </AccordionSummary>
      {/* The accordion wraps the details in a region labelled by these ids. */}
      <AccordionDetails className={classes.details}>
        <NotLoaded>
          <Suspense
            fallback={
              <Typography variant="body2" role="status">
                {text('trouble.checking')}
              </Typography>
            }
          >
            <TroubleSigningInChecks providers={props.providers} />
          </Suspense>
        </NotLoaded>
      </AccordionDetails>
    </Accordion>
  );
}
