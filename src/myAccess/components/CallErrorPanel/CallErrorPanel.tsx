import { WarningPanel } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { ResponseError } from '@backstage/errors';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { accessInspectorTranslationRef } from '../../translation';

/**
 * Status and message of a failed call, read from Backstage's error shapes.
 */
export function describeCallError(error: Error): {
  status?: number;
  message: string;
  /** The request got no answer at all (offline, CORS, backend down). */
  network?: boolean;
} {
  if (error instanceof ResponseError || error.name === 'ResponseError') {
    const responseError = error as ResponseError;
    const status = responseError.statusCode;
    const backendMessage = responseError.cause?.message;
    return {
      status,
      message:
        backendMessage && backendMessage !== error.message
          ? `${responseError.statusText ?? ''} ${backendMessage}`.trim()
          : error.message,
    };
  }
  if (error.name === 'TypeError' && /fetch|network/i.test(error.message)) {
    return { message: error.message, network: true };
  }
  return { message: error.message || String(error) };
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
  const { status, message, network } = describeCallError(props.error);
  const title = status
    ? t('errors.callFailedWithStatus', {
        call: props.call,
        status: String(status),
      })
    : t('errors.callFailed', { call: props.call });
  return (
    <WarningPanel severity="error" title={title} defaultExpanded>
      <Typography variant="body2" style={{ wordBreak: 'break-word' }}>
        {network ? t('errors.networkError', { message }) : message}
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
