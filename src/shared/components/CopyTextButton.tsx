import { useState } from 'react';
import {
  CopyTextButton as CoreCopyTextButton,
  type CopyTextButtonProps,
} from '@backstage/core-components';
import Tooltip from '@material-ui/core/Tooltip';

/**
 * core-components' `CopyTextButton` with a tooltip on hover that names what it
 * copies (its `aria-label`): the core button is an icon alone, and shows its
 * own tooltip only once clicked. The hint closes on click so the two never
 * show together.
 */
export function CopyTextButton(
  props: CopyTextButtonProps & { 'aria-label': string },
) {
  const [hint, setHint] = useState(false);
  return (
    <Tooltip
      title={props['aria-label']}
      open={hint}
      onOpen={() => setHint(true)}
      onClose={() => setHint(false)}
    >
      <span
        style={{ display: 'inline-flex' }}
        onClickCapture={() => setHint(false)}
      >
        <CoreCopyTextButton {...props} />
      </span>
    </Tooltip>
  );
}
