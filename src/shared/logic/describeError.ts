import { isError, ResponseError } from '@backstage/errors';

/**
 * What to tell the user about a failed call.
 */
export type ErrorDescription = {
  /** HTTP status, when the server answered. */
  status?: number;
  /** The status text the server sent with it, e.g. `Forbidden`. */
  statusText?: string;
  /** e.g. `HTTP 500 Internal Server Error`, `invalid JSON`, or the error's name. */
  summary: string;
  /** The server's message when it sent one, else the runtime's. */
  message: string;
  /** The request got no answer at all (offline, CORS, backend down). */
  network?: boolean;
};

function isResponseError(error: unknown): error is ResponseError {
  // By name as well: errors may come from another realm (iframe, test env).
  return (
    error instanceof ResponseError ||
    (isError(error) &&
      error.name === 'ResponseError' &&
      typeof (error as { statusCode?: unknown }).statusCode === 'number')
  );
}

/**
 * Describes an error from a fetch, a `ResponseError`, a timeout or anything
 * thrown, in a form a card can show: status first, then the message the
 * server sent. Never throws.
 */
export function describeError(error: unknown): ErrorDescription {
  if (isResponseError(error)) {
    const statusText = error.statusText || undefined;
    return {
      status: error.statusCode,
      ...(statusText && { statusText }),
      summary: `HTTP ${error.statusCode}${statusText ? ` ${statusText}` : ''}`,
      message: error.cause?.message || error.message,
    };
  }
  if (typeof error !== 'object' || error === null || !('message' in error)) {
    return { summary: 'Error', message: String(error) };
  }
  const { name, message, status, type } = error as {
    name?: unknown;
    message?: unknown;
    status?: unknown;
    type?: unknown;
  };
  const text = String(message ?? '') || String(name ?? '') || 'Error';
  // node-fetch (behind cross-fetch, which PermissionClient uses) reports a
  // broken body as FetchError with type 'invalid-json', not SyntaxError.
  // getJson's NotJsonError: a 2xx whose body is not JSON.
  if (
    name === 'SyntaxError' ||
    name === 'NotJsonError' ||
    type === 'invalid-json'
  ) {
    return { summary: 'invalid JSON', message: text };
  }
  if (typeof status === 'number') {
    return { status, summary: `HTTP ${status}`, message: text };
  }
  const summary = typeof name === 'string' && name ? name : 'Error';
  // What browsers throw when fetch gets no answer ("Failed to fetch",
  // "NetworkError when attempting to fetch resource", "Load failed").
  const network =
    name === 'TypeError' && /fetch|network|load failed/i.test(text);
  return { summary, message: text, ...(network && { network }) };
}
