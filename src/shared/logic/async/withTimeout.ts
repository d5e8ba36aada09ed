/** How long a backend call may take before a card reports it as unanswered. */
export const CALL_TIMEOUT_MS = 15_000;

/**
 * A call that got no answer in time.
 */
export class CallTimeoutError extends Error {
  constructor(what: string, ms: number) {
    super(`${what}: no answer within ${Math.round(ms / 1000)} s`);
    this.name = 'TimeoutError';
  }
}

/**
 * Rejects with a {@link CallTimeoutError} when `promise` has not settled
 * after `ms`. The late result, if any, is ignored (and its rejection handled).
 */
export function withTimeout<T>(
  promise: Promise<T>,
  ms: number,
  what: string,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new CallTimeoutError(what, ms)), ms);
    promise.then(
      value => {
        clearTimeout(timer);
        resolve(value);
      },
      error => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
