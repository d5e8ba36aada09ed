import { AccessHistoryStore, type StorageLike } from './logic';

/**
 * The access history in this browser's `localStorage`. Not Backstage's
 * storage API: an app may back that with the user-settings backend, and
 * this history must stay in the browser.
 */
export class LocalAccessHistory {
  static create(): AccessHistoryStore {
    let storage: StorageLike | undefined;
    let unavailable: string | undefined;
    try {
      // Reading the property throws where storage is disabled (SecurityError).
      storage = window.localStorage ?? undefined;
    } catch (e) {
      unavailable = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    }
    return new AccessHistoryStore(storage, unavailable);
  }
}
