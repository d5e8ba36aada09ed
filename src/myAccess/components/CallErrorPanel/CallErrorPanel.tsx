import { WarningPanel } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { describeError } from '../../../shared/logic/describeError';
import { accessInspectorTranslationRef } from '../../translation';

// "Forbidden not for you": the backend's message after the status text,
// unless the message already holds it ("Request failed with 502 Bad Gateway").
function withStatusText(statusText: string | undefined, message: string) {
  return statusText && !message.includes(statusText)
    ? `${statusText} ${message}`
    : message;
}

export type CallErrorPanelProps = {
  /** Which call failed, e.g. "Catalog: read user entity". */
  call: string;
  error: Error;
  onRetry?: () => void;
};

/**
 * An inline error naming the call that failed, its status and a retry.
 */
export function CallErrorPanel(props: CallErrorPanelProps) {
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  const { status, statusText, message, network } = describeError(props.error);
  const title = status
    ? t('errors.callFailedWithStatus', {
        call: props.call,
        status: String(status),
      })
    : t('errors.callFailed', { call: props.call });
  return (
    <WarningPanel severity="error" title={title} defaultExpanded>
      <Typography variant="body2" style={{ wordBreak: 'break-word' }}>
        {network
          ? t('errors.networkError', { message })
          : withStatusText(statusText, message)}
      </Typography>
      {props.onRetry && (
        <Button
          variant="outlined"
          size="small"
          onClick={props.onRetry}
          style={{ marginTop: 8 }}
        >
          {t('errors.retry')}
        </Button>
      )}
    </WarningPanel>
  );
}
