import { useId, useMemo, useState } from 'react';
import { CopyTextButton } from '@backstage/core-components';
import TextField from '@material-ui/core/TextField';
import { makeStyles } from '@material-ui/core/styles';
import {
  explainSignInWindowText,
  type SignInFailureContext,
  type SignInFinding,
} from '../shared/logic/signInFailures';
import { useSignInText } from '../shared/hooks/useSignInText';
import { FindingPanel } from './FindingPanel';

const useStyles = makeStyles(theme => ({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(1.5),
  },
  // The URL to register on a line of its own, beside its copy button.
  url: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
  },
  urlText: {
    minWidth: 0,
    fontFamily: 'monospace',
    overflowWrap: 'anywhere',
  },
  // The box sits in the panel's finding column: a URL or an error code
  // pasted in one piece wraps instead of widening the card.
  input: { '& textarea': { overflowWrap: 'anywhere' } },
}));

/**
 * A sign-in window that gave no answer, on the provider's card: what it most
 * likely showed, the callback URL to copy, and a box for what it said,
 * explained as the user pastes. Loaded only when a window stays silent.
 */
export function SignInWindowHelp(props: {
  finding: SignInFinding;
  context: SignInFailureContext;
}) {
  const { finding, context } = props;
  const classes = useStyles();
  const text = useSignInText();
  const id = useId();
  const [pasted, setPasted] = useState('');
  const explanation = useMemo(
    () => explainSignInWindowText(pasted, context, text),
    [pasted, context, text],
  );
  const { callbackUrl } = context;
  return (
    <div className={classes.root}>
      <FindingPanel
        finding={finding}
        announce
        renderCause={cause => {
          const at = callbackUrl ? cause.indexOf(callbackUrl) : -1;
          if (!callbackUrl || at < 0) return undefined;
          return (
            <>
              {cause.slice(0, at)}
              <span className={classes.url}>
                <span className={classes.urlText}>{callbackUrl}</span>
                <CopyTextButton
                  text={callbackUrl}
                  aria-label={text('signInWindow.copyCallbackUrl', {
                    provider: context.providerTitle,
                  })}
                  tooltipText={text('signInWindow.callbackCopied')}
                />
              </span>
              {cause.slice(at + callbackUrl.length)}
            </>
          );
        }}
      />
      <TextField
        id={`${id}-paste`}
        className={classes.input}
        label={text('signInWindow.pasteLabel')}
        helperText={text('signInWindow.pasteHelp')}
        value={pasted}
        onChange={event => setPasted(event.target.value)}
        variant="outlined"
        size="small"
        multiline
        minRows={2}
        maxRows={8}
        fullWidth
        inputProps={{ spellCheck: false }}
      />
      <section aria-label={text('signInWindow.explanation')} aria-live="polite">
        {explanation && <FindingPanel finding={explanation} />}
      </section>
    </div>
  );
}
