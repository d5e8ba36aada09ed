import { redactText } from '../logic/redact';
import type { SessionEvent, SessionTimelineApi } from './SessionTimelineApi';

/** The log keeps the most recent events only. */
export const MAX_SESSION_EVENTS = 200;
const MAX_DETAIL_LENGTH = 1_000;

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
 * The default {@link SessionTimelineApi}: this tab's events in memory,
 * redacted as they come in, the newest {@link MAX_SESSION_EVENTS} kept.
 */
export class InMemorySessionTimeline implements SessionTimelineApi {
  static create(options: { maxEvents?: number } = {}) {
    return new InMemorySessionTimeline(options.maxEvents ?? MAX_SESSION_EVENTS);
  }

  private events: readonly SessionEvent[] = [];
  private readonly listeners = new Set<() => void>();

  private constructor(private readonly maxEvents: number) {}

  record(event: SessionEvent): void {
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
    this.events = [...this.events, entry]
      .sort((a, b) => a.at - b.at)
      .slice(-this.maxEvents);
    this.notify();
  }

  getEvents(): readonly SessionEvent[] {
    return this.events;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Empties the log (tests, and a "clear" action if one is ever wanted). */
  clear(): void {
    this.events = [];
    this.notify();
  }

  private notify() {
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch {
        // One broken subscriber must not stop the others.
      }
    }
  }
}
