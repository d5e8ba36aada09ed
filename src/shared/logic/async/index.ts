export {
  CALL_TIMEOUT_MS,
  CallTimeoutError,
  callWithTimeout,
  withTimeout,
  type CallWithTimeoutOptions,
} from './withTimeout';
