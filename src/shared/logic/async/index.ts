export {
  CALL_TIMEOUT_MS,
  CallTimeoutError,
  callWithTimeout,
  type CallWithTimeoutOptions,
} from './callWithTimeout';
export { getJson, NotJsonError, type GetJsonOptions } from './getJson';
