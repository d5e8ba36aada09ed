import { redactText } from '../logic/redact';

/**
 * What happened to the session of this tab, in memory only: never stored,
 * never sent. Other surfaces (sign-in page, expiry banner) record into the
 * same log; the doctor shows it and puts it into the support bundle.
 */

/**
 * Kinds of session events.
 */
export type SessionEventType =
  | 'sign-in'
  | 'refresh'
  | 'refresh-failed'
  | 'expiry-warning'
  | 'expired'
  | 'sign-out'
  | 'token-observed'
  | 'probe-failed'
  | 'failure';

/**
 * One event. `detail` is a short human sentence; it must not contain a
 * token (the log redacts secret-looking text anyway).
 */
export type SessionEvent = {
  type: SessionEventType;
  /** Milliseconds since the epoch. */
  at: number;
  detail?: string;
};

/** The log keeps the most recent events only. */
export const MAX_SESSION_EVENTS = 200;
const MAX_DETAIL_LENGTH = 1_000;

let events: readonly SessionEvent[] = [];
const listeners = new Set<() => void>();

function cleanDetail(detail: unknown): string | undefined {
  if (typeof detail !== 'string' || detail === '') return undefined;
  // The support bundle's redaction: details often quote error messages,
  // which can hold a token, its signature, a `uip` or a provider's secret.
  const redacted = redactText(detail);
  return redacted.length > MAX_DETAIL_LENGTH
    ? `${redacted.slice(0, MAX_DETAIL_LENGTH)}…`
    : redacted;
}

/**
 * Records an event of this tab's session. Never throws.
 */
export function recordSessionEvent(event: SessionEvent): void {
  const at =
    typeof event?.at === 'number' && Number.isFinite(event.at)
      ? event.at
      : Date.now();
  const detail = cleanDetail(event?.detail);
  const entry: SessionEvent = {
    type: event?.type ?? 'failure',
    at,
    ...(detail !== undefined && { detail }),
  };
  events = [...events, entry]
    .sort((a, b) => a.at - b.at)
    .slice(-MAX_SESSION_EVENTS);
  notify();
}

function notify() {
  for (const listener of [...listeners]) {
    try {
      listener();
    } catch {
      // One broken subscriber must not stop the others.
    }
  }
}

/**
 * The events recorded so far, oldest first. The same array until the next
 * change, so it can back `useSyncExternalStore`.
 */
export function getSessionEvents(): readonly SessionEvent[] {
  return events;
}

/**
 * Calls `listener` after every change; returns the unsubscribe function.
 */
export function subscribeSessionEvents(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * Empties the log (tests, and a "clear" action if one is ever wanted).
 */
export function clearSessionEvents(): void {
  events = [];
  notify();
}
