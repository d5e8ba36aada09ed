import { createApiRef } from '@backstage/core-plugin-api';
import type { AccessSnapshot, HistoryRead, HistorySave } from './logic';

/**
 * Keeps what My Access showed, in this browser only, to say on the next
 * visit what changed. Holds no token and nothing replayable.
 */
export interface AccessHistoryApi {
  /** The newest snapshot of an earlier visit by this user. */
  readLast(userRef: string): HistoryRead;
  /** Remembers this visit. */
  save(snapshot: AccessSnapshot): HistorySave;
  /** Forgets every snapshot kept in this browser. */
  forgetAll(): { ok: true; removed: number } | { ok: false; message: string };
  isEnabled(): boolean;
  setEnabled(enabled: boolean): HistorySave;
}

/** The access history's API; the plugin registers one over `localStorage`. */
export const accessHistoryApiRef = createApiRef<AccessHistoryApi>({
  id: 'plugin.access-inspector.history',
});
