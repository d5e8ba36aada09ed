import { ResponseError } from '@backstage/errors';

/**
 * What to tell the user about a failed call.
 */
export type FailureDescription = {
  /** HTTP status, when the server answered. */
  status?: number;
  /** e.g. `HTTP 500 Internal Server Error`, or the error's name. */
  summary: string;
  /** The server's or the runtime's message. */
  message: string;
};

/**
 * Describes an error from a fetch, a ResponseError or a timeout in a form a
 * card can show: status first, then the message the server sent.
 */
export function describeFailure(error: unknown): FailureDescription {
  if (ResponseError.is(error)) {
    const statusText = error.statusText ? ` ${error.statusText}` : '';
    return {
      status: error.statusCode,
      summary: `HTTP ${error.statusCode}${statusText}`,
      message: error.cause?.message || error.message,
    };
  }
  if (typeof error !== 'object' || error === null || !('message' in error)) {
    return { summary: 'Error', message: String(error) };
  }
  // Duck-typed: errors may come from another realm (iframe, test env).
  const { name, message, status, type } = error as {
    name?: unknown;
    message?: unknown;
    status?: unknown;
    type?: unknown;
  };
  const text = String(message);
  // node-fetch (behind cross-fetch, which PermissionClient uses) reports a
  // broken body as FetchError with type 'invalid-json', not SyntaxError.
  if (name === 'SyntaxError' || type === 'invalid-json') {
    return { summary: 'invalid JSON', message: text };
  }
  if (typeof status === 'number') {
    return { status, summary: `HTTP ${status}`, message: text };
  }
  return {
    summary: typeof name === 'string' && name ? name : 'Error',
    message: text,
  };
}
