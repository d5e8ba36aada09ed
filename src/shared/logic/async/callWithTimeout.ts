/** How long a backend call may take before a card reports it as unanswered. */
export const CALL_TIMEOUT_MS = 15_000;

/**
 * A call that got no answer in time.
 */
export class CallTimeoutError extends Error {
  constructor(what: string, ms: number) {
    const seconds = ms >= 1000 ? Math.round(ms / 1000) : ms / 1000;
    super(`${what}: no answer within ${seconds} s`);
    this.name = 'TimeoutError';
  }
}

/**
 * Options of {@link callWithTimeout}.
 */
export type CallWithTimeoutOptions = {
  /** Names the call in the timeout's message, e.g. `GET /v1/userinfo`. */
  what: string;
  /** Defaults to {@link CALL_TIMEOUT_MS}. */
  timeoutMs?: number;
  /** The caller's own signal (sign-out, unmount): aborts the call too. */
  signal?: AbortSignal;
};

/**
 * Runs `call` with a signal that aborts when the call takes longer than
 * `timeoutMs` (or when the caller's signal aborts), and rejects with a
 * {@link CallTimeoutError} at that moment: the wait is bounded even when the
 * callee ignores the signal, and the request is cancelled when it honours it.
 * Put everything that waits on the network inside `call` (reading the body
 * too). A late result is ignored and a late rejection handled.
 */
export function callWithTimeout<T>(
  call: (signal: AbortSignal) => Promise<T>,
  options: CallWithTimeoutOptions,
): Promise<T> {
  const ms = options.timeoutMs ?? CALL_TIMEOUT_MS;
  const controller = new AbortController();
  const outer = options.signal;
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const cleanups: Array<() => void> = [];
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      cleanups.forEach(cleanup => cleanup());
      settle();
    };
    if (outer) {
      const onOuterAbort = () => {
        controller.abort(outer.reason);
        finish(() => reject(abortReason(outer)));
      };
      if (outer.aborted) {
        onOuterAbort();
        return;
      }
      outer.addEventListener('abort', onOuterAbort);
      cleanups.push(() => outer.removeEventListener('abort', onOuterAbort));
    }
    const timer = setTimeout(() => {
      const error = new CallTimeoutError(options.what, ms);
      controller.abort(error);
      finish(() => reject(error));
    }, ms);
    cleanups.push(() => clearTimeout(timer));
    let promise: Promise<T>;
    try {
      promise = Promise.resolve(call(controller.signal));
    } catch (error) {
      finish(() => reject(error));
      return;
    }
    promise.then(
      value => finish(() => resolve(value)),
      error => finish(() => reject(error)),
    );
  });
}

function abortReason(signal: AbortSignal | undefined): unknown {
  const reason = signal?.reason;
  if (reason !== undefined) return reason;
  const error = new Error('The call was aborted');
  error.name = 'AbortError';
  return error;
}
