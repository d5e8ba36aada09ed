import { createApiRef } from '@backstage/core-plugin-api';

/**
 * What happened to the session of this tab: the sign-in page records before
 * sign-in, the expiry banner and the 401 doctor after; the doctor shows the
 * events and puts them into its support bundle. The default implementation
 * keeps a bounded, redacted log in memory only: never stored, never sent.
 *
 * @public
 */
export interface SessionTimelineApi {
  /**
   * Records an event; `at` is milliseconds since the epoch, `detail` a short
   * sentence that must not contain a token (implementations redact
   * secret-looking text anyway). Never throws.
   */
  record(event: {
    type:
      | 'sign-in'
      | 'refresh'
      | 'refresh-failed'
      | 'expiry-warning'
      | 'expired'
      | 'sign-out'
      | 'token-observed'
      | 'probe-failed'
      | 'failure';
    at: number;
    detail?: string;
  }): void;
  /**
   * The events so far, oldest first. The same array until the next change,
   * so it can back `useSyncExternalStore`.
   */
  getEvents(): ReadonlyArray<Parameters<SessionTimelineApi['record']>[0]>;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** One event of the session timeline. */
export type SessionEvent = Parameters<SessionTimelineApi['record']>[0];

/** Kinds of session events. */
export type SessionEventType = SessionEvent['type'];

/**
 * The session timeline the sign-in page, the banner and the doctor share.
 * The plugin registers an in-memory implementation; register your own under
 * this ref to replace it.
 *
 * @public
 */
export const sessionTimelineApiRef = createApiRef<SessionTimelineApi>({
  id: 'plugin.access-inspector.session-timeline',
});
