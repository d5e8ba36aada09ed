import type { FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { CALL_TIMEOUT_MS, callWithTimeout } from './callWithTimeout';

/**
 * An answer that came with a success status and a body that is not JSON:
 * usually something other than the backend answered (a proxy's or a dev
 * server's HTML page).
 */
export class NotJsonError extends Error {
  readonly name = 'NotJsonError';
  constructor(
    readonly url: string,
    readonly status: number,
    readonly contentType: string | undefined,
  ) {
    super(`GET ${url} answered HTTP ${status} with a body that is not JSON`);
  }
}

/** Options of {@link getJson}. */
export type GetJsonOptions = {
  /** Defaults to {@link CALL_TIMEOUT_MS}. */
  timeoutMs?: number;
  /** The caller's own signal (unmount, retry): aborts the request too. */
  signal?: AbortSignal;
  /**
   * Resolve `undefined` on HTTP 404 instead of rejecting: for addresses a
   * plugin serves only when it has the feature (a JSON body is never
   * `undefined`, so the two cannot be confused).
   */
  notFoundAsUndefined?: boolean;
};

/**
 * `GET url` through the app's fetch API (which adds the user's token),
 * aborted after `timeoutMs`, reading the body inside the same deadline.
 * Rejects with a `CallTimeoutError` naming the request, a `ResponseError`
 * (Backstage's error body, or the status described by `@backstage/errors`)
 * for any other non-2xx, and a {@link NotJsonError} for a body that is not
 * JSON.
 */
export function getJson(
  fetchApi: Pick<FetchApi, 'fetch'>,
  url: string,
  options: GetJsonOptions & { notFoundAsUndefined: true },
): Promise<unknown | undefined>;
export function getJson(
  fetchApi: Pick<FetchApi, 'fetch'>,
  url: string,
  options?: GetJsonOptions,
): Promise<unknown>;
export function getJson(
  fetchApi: Pick<FetchApi, 'fetch'>,
  url: string,
  options: GetJsonOptions = {},
): Promise<unknown> {
  return callWithTimeout(
    async signal => {
      const response = await fetchApi.fetch(url, { signal });
      if (response.status === 404 && options.notFoundAsUndefined) {
        return undefined;
      }
      if (!response.ok) throw await ResponseError.fromResponse(response);
      const text = await response.text();
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw new NotJsonError(
          url,
          response.status,
          response.headers.get('content-type') ?? undefined,
        );
      }
    },
    {
      what: `GET ${url}`,
      timeoutMs: options.timeoutMs ?? CALL_TIMEOUT_MS,
      signal: options.signal,
    },
  );
}
