import { useId } from 'react';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import { accessInspectorTranslationRef } from '../translation';
import { useFocusRingStyles } from '../../shared/components/useFocusRingStyles';

/**
 * Whether the Backstage session came from this provider: `unknown` when the
 * app did not sign in through this plugin's sign-in page, which remembers it.
 */
export type BackstageSessionSource = 'this-provider' | 'other' | 'unknown';

/** Says what signing out of one provider does before it is done. */
export function SignOutDialog(props: {
  open: boolean;
  providerTitle: string;
  source: BackstageSessionSource;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const provider = props.providerTitle;
  let explanation: string = t('providersCard.signOutUnknown', { provider });
  if (props.source === 'this-provider')
    explanation = t('providersCard.signOutEndsBackstage', { provider });
  else if (props.source === 'other')
    explanation = t('providersCard.signOutProviderOnly', { provider });
  const titleId = useId();
  const focusRing = useFocusRingStyles();
  return (
    <Dialog
      open={props.open}
      onClose={props.onCancel}
      aria-labelledby={titleId}
      className={focusRing.root}
    >
      <DialogTitle id={titleId}>
        {t('providersCard.signOutTitle', { provider })}
      </DialogTitle>
      <DialogContent>
        <DialogContentText>{explanation}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onCancel}>{t('providersCard.cancel')}</Button>
        <Button color="primary" variant="contained" onClick={props.onConfirm}>
          {props.source === 'this-provider'
            ? t('providersCard.confirmSignOutBackstage')
            : t('providersCard.confirmSignOut')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
