import {
  readSnapshot,
  SNAPSHOT_VERSION,
  type AccessSnapshot,
  type SnapshotRejection,
} from './accessSnapshot';

/** The part of the Web Storage API the store uses (`localStorage`). */
export type StorageLike = Pick<
  Storage,
  'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'
>;

const PREFIX = '@backstage/plugin-access-inspector:history:';
const SETTINGS_KEY = `${PREFIX}settings`;
const USER_PREFIX = `${PREFIX}user:`;

/** Snapshots kept per user: the newest is compared, the rest is history. */
export const MAX_SNAPSHOTS_PER_USER = 5;
/** Users of this browser with snapshots; the one seen longest ago goes first. */
export const MAX_USERS = 20;
/** The stored text of one user's snapshots, at most (UTF-16 characters). */
export const MAX_ENTRY_CHARS = 100_000;

/** What reading the last visit gave. */
export type HistoryRead =
  | { status: 'disabled' }
  | { status: 'unavailable'; message: string }
  | { status: 'first' }
  | { status: 'found'; snapshot: AccessSnapshot }
  | { status: 'discarded'; why: SnapshotRejection };

/** What saving this visit gave. */
export type HistorySave =
  | { ok: true }
  | {
      ok: false;
      why: 'full' | 'unavailable' | 'tooLarge' | 'newer';
      message?: string;
    };

function message(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

function isQuotaError(e: unknown): boolean {
  return (
    e instanceof Error &&
    (e.name === 'QuotaExceededError' ||
      e.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
      /quota/i.test(e.message))
  );
}

// A value shaped like a JWT or a long secret is never written, wherever it
// came from (a hostile groups claim, say).
const REPLAYABLE = /^eyJ[\w-]{8,}\.|^[A-Za-z0-9_-]{120,}$/;

function withoutReplayable(snapshot: AccessSnapshot): AccessSnapshot {
  const clean = (list?: string[]) => list?.filter(v => !REPLAYABLE.test(v));
  return {
    ...snapshot,
    ...(snapshot.ownershipRefs && {
      ownershipRefs: clean(snapshot.ownershipRefs),
    }),
    ...(snapshot.groupsClaim && { groupsClaim: clean(snapshot.groupsClaim) }),
    ...(snapshot.actions && { actions: clean(snapshot.actions) }),
  };
}

/**
 * Keeps My Access snapshots in this browser's storage, per user entity ref
 * and bounded in count and size. Never throws: a storage that is missing,
 * disabled or full is an outcome.
 */
export class AccessHistoryStore {
  constructor(
    private readonly storage: StorageLike | undefined,
    private readonly unavailable = 'This browser gives the page no local storage.',
  ) {}

  private key(userRef: string) {
    return `${USER_PREFIX}${userRef.toLocaleLowerCase('en-US')}`;
  }

  /** Whether the user left it on (the default). */
  isEnabled(): boolean {
    try {
      const settings = JSON.parse(this.storage?.getItem(SETTINGS_KEY) ?? '{}');
      return settings?.enabled !== false;
    } catch {
      return true;
    }
  }

  /** Turns it on or off; off forgets nothing, it stops reading and writing. */
  setEnabled(enabled: boolean): HistorySave {
    if (!this.storage)
      return { ok: false, why: 'unavailable', message: this.unavailable };
    try {
      this.storage.setItem(SETTINGS_KEY, JSON.stringify({ enabled }));
      return { ok: true };
    } catch (e) {
      return {
        ok: false,
        why: isQuotaError(e) ? 'full' : 'unavailable',
        message: message(e),
      };
    }
  }

  private entries(userRef: string): unknown[] | undefined {
    const text = this.storage!.getItem(this.key(userRef));
    if (text === null) return [];
    try {
      const parsed = JSON.parse(text);
      return Array.isArray(parsed) ? parsed : undefined;
    } catch {
      return undefined;
    }
  }

  /** The newest snapshot of an earlier visit by this user. */
  readLast(userRef: string): HistoryRead {
    if (!this.storage)
      return { status: 'unavailable', message: this.unavailable };
    if (!this.isEnabled()) return { status: 'disabled' };
    try {
      const entries = this.entries(userRef);
      if (entries === undefined) {
        this.storage.removeItem(this.key(userRef));
        return { status: 'discarded', why: 'corrupt' };
      }
      if (entries.length === 0) return { status: 'first' };
      const read = readSnapshot(entries[entries.length - 1], userRef);
      if (read.ok) return { status: 'found', snapshot: read.snapshot };
      // A newer plugin version's snapshot is left for it.
      if (read.why !== 'newer') this.storage.removeItem(this.key(userRef));
      return { status: 'discarded', why: read.why };
    } catch (e) {
      return { status: 'unavailable', message: message(e) };
    }
  }

  /** Adds this visit's snapshot, dropping the oldest beyond the bounds. */
  save(snapshot: AccessSnapshot): HistorySave {
    if (!this.storage)
      return { ok: false, why: 'unavailable', message: this.unavailable };
    if (!this.isEnabled()) return { ok: true };
    try {
      const previous = this.entries(snapshot.userRef) ?? [];
      const last = previous[previous.length - 1] as
        { version?: unknown } | undefined;
      if (
        typeof last?.version === 'number' &&
        last.version > SNAPSHOT_VERSION
      ) {
        return { ok: false, why: 'newer' };
      }
      const kept = previous
        .filter(e => readSnapshot(e, snapshot.userRef).ok)
        .slice(-(MAX_SNAPSHOTS_PER_USER - 1));
      const entries = [...kept, withoutReplayable(snapshot)];
      let text = JSON.stringify(entries);
      while (text.length > MAX_ENTRY_CHARS && entries.length > 1) {
        entries.shift();
        text = JSON.stringify(entries);
      }
      if (text.length > MAX_ENTRY_CHARS) return { ok: false, why: 'tooLarge' };
      this.evictOtherUsers(snapshot.userRef);
      this.storage.setItem(this.key(snapshot.userRef), text);
      return { ok: true };
    } catch (e) {
      return {
        ok: false,
        why: isQuotaError(e) ? 'full' : 'unavailable',
        message: message(e),
      };
    }
  }

  private userKeys(): string[] {
    const keys: string[] = [];
    for (let i = 0; i < this.storage!.length; i++) {
      const key = this.storage!.key(i);
      if (key?.startsWith(USER_PREFIX)) keys.push(key);
    }
    return keys;
  }

  private evictOtherUsers(userRef: string) {
    const own = this.key(userRef);
    const others = this.userKeys().filter(k => k !== own);
    if (others.length < MAX_USERS) return;
    const newest = (key: string) => {
      try {
        const entries = JSON.parse(this.storage!.getItem(key) ?? '[]');
        const at = Array.isArray(entries)
          ? entries[entries.length - 1]?.takenAt
          : 0;
        return typeof at === 'number' ? at : 0;
      } catch {
        return 0;
      }
    };
    others
      .sort((a, b) => newest(a) - newest(b))
      .slice(0, others.length - MAX_USERS + 1)
      .forEach(key => this.storage!.removeItem(key));
  }

  /** Forgets every snapshot this plugin kept in this browser, of every user. */
  forgetAll(): { ok: true; removed: number } | { ok: false; message: string } {
    if (!this.storage) return { ok: false, message: this.unavailable };
    try {
      const keys = this.userKeys();
      keys.forEach(key => this.storage!.removeItem(key));
      return { ok: true, removed: keys.length };
    } catch (e) {
      return { ok: false, message: message(e) };
    }
  }
}
