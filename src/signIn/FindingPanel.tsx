import type { ReactNode } from 'react';
import { CopyTextButton } from '@backstage/core-components';
import { makeStyles } from '@material-ui/core/styles';
import type { SignInFinding } from '../shared/logic/signInFailures';
import { formatFinding } from '../shared/findings/logic';
import { FindingView, useFindingText } from '../shared/findings';
import { accessInspectorSignInTranslationRef } from '../shared/translations/signInTranslationRef';

const useStyles = makeStyles({
  // An error message quoted as evidence is prose: it wraps between words on a
  // narrow card, never inside one.
  panel: {
    '& dl > dd': { wordBreak: 'normal', overflowWrap: 'anywhere' },
  },
});

/**
 * One sign-in finding as a panel, with a button that copies all of it unless
 * it is a passed check. `announce` makes screen readers read it when it
 * appears (failures after a click).
 */
export function FindingPanel(props: {
  finding: SignInFinding;
  announce?: boolean;
  action?: ReactNode;
  renderCause?: (cause: string) => ReactNode;
}) {
  const { finding, announce, action, renderCause } = props;
  const classes = useStyles();
  const labels = useFindingText(accessInspectorSignInTranslationRef, 'finding');
  const copyable = finding.severity !== 'ok';
  return (
    <div className={classes.panel}>
      <FindingView
        finding={finding}
        labels={labels}
        announce={announce}
        renderCause={renderCause}
        action={
          (action || copyable) && (
            <>
              {action}
              {copyable && (
                <CopyTextButton
                  text={formatFinding(finding)}
                  aria-label={labels('copyDetails')}
                  tooltipText={labels('copied')}
                />
              )}
            </>
          )
        }
      />
    </div>
  );
}
