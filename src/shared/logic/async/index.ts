export { CALL_TIMEOUT_MS, CallTimeoutError, withTimeout } from './withTimeout';
