import { useMemo } from 'react';
import { useApiHolder } from '@backstage/core-plugin-api';
import {
  sessionTimelineApiRef,
  type SessionEvent,
  type SessionTimelineApi,
} from './SessionTimelineApi';

const NO_EVENTS: readonly SessionEvent[] = Object.freeze([]);

/**
 * The app's session timeline, with methods that may be passed around
 * unbound (`const { record } = useSessionTimeline()`), stable while the app's
 * API is the same.
 *
 * Looked up optionally rather than with `useApi`: the sign-in page and the
 * banner are mounted by apps that may not install the plugin itself (legacy
 * `components.SignInPage`, the new system's sign-in module with the plugin
 * disabled), and a diagnostics log must never be the reason sign-in
 * crashes. Without the API, recording is a silent no-op and the doctor shows
 * an empty timeline; no stand-in log is created, so nothing is recorded
 * where nobody could read it.
 */
export function useSessionTimeline(): SessionTimelineApi {
  const api = useApiHolder().get(sessionTimelineApiRef);
  return useMemo(
    () => ({
      record: event => {
        try {
          api?.record(event);
        } catch {
          // An app's own implementation must not break its callers either.
        }
      },
      getEvents: () => api?.getEvents() ?? NO_EVENTS,
      subscribe: listener => api?.subscribe(listener) ?? (() => {}),
    }),
    [api],
  );
}
