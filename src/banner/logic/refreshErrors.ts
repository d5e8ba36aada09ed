import type { RefreshFailureReason } from './expiryState';

/**
 * Tells a refresh that could not reach the server (offline, DNS, CORS: the
 * session is probably fine) from one the server refused (the session is over).
 *
 * Backstage's OAuth connector wraps fetch failures in `AuthConnectionError`;
 * the proxied and guest identities call `fetch` directly, which rejects with
 * a `TypeError`.
 */
export function classifyRefreshError(
  error: unknown,
  online: boolean = true,
): RefreshFailureReason {
  if (!online) return 'network';
  if (error instanceof Error || isErrorLike(error)) {
    const { name } = error as { name?: unknown };
    if (name === 'AuthConnectionError' || name === 'TypeError') {
      return 'network';
    }
    if (name === 'AbortError' || name === 'TimeoutError') return 'network';
  }
  return 'rejected';
}

function isErrorLike(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'name' in value;
}

/**
 * A short, token-free description of an error for display.
 */
export function describeRefreshError(error: unknown): string {
  if (error instanceof Error || isErrorLike(error)) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    const text = typeof message === 'string' ? message : '';
    return [typeof name === 'string' ? name : 'Error', text]
      .filter(Boolean)
      .join(': ');
  }
  return String(error);
}
