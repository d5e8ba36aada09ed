import { MemoryStorage } from '../../../../test/builders/memoryStorage';
import { buildSnapshot } from './buildSnapshot';
import {
  AccessHistoryStore,
  MAX_SNAPSHOTS_PER_USER,
  MAX_USERS,
} from './historyStore';

const snapshot = (userRef: string, at: number, groups: string[] = []) =>
  buildSnapshot({ userRef, ownershipRefs: [userRef, ...groups] }, at);

describe('AccessHistoryStore', () => {
  it('says it is the first visit, then returns the last snapshot', () => {
    const store = new AccessHistoryStore(new MemoryStorage());
    expect(store.readLast('user:default/alice')).toEqual({ status: 'first' });
    expect(store.save(snapshot('user:default/alice', 1))).toEqual({ ok: true });
    expect(
      store.save(snapshot('user:default/alice', 2, ['group:default/a'])),
    ).toEqual({ ok: true });
    expect(store.readLast('user:default/alice')).toEqual({
      status: 'found',
      snapshot: expect.objectContaining({
        takenAt: 2,
        ownershipRefs: ['group:default/a', 'user:default/alice'],
      }),
    });
  });

  it('keeps each user’s snapshots apart', () => {
    const storage = new MemoryStorage();
    const store = new AccessHistoryStore(storage);
    store.save(snapshot('user:default/alice', 1));
    expect(store.readLast('user:default/admin')).toEqual({ status: 'first' });
    // A value put under another user's key is not taken for theirs.
    storage.setItem(
      '@backstage/plugin-access-inspector:history:user:user:default/admin',
      storage.getItem(
        '@backstage/plugin-access-inspector:history:user:user:default/alice',
      )!,
    );
    expect(store.readLast('user:default/admin')).toEqual({
      status: 'discarded',
      why: 'otherUser',
    });
  });

  it('is bounded per user and in users', () => {
    const storage = new MemoryStorage();
    const store = new AccessHistoryStore(storage);
    for (let i = 0; i < MAX_SNAPSHOTS_PER_USER + 3; i++) {
      store.save(snapshot('user:default/alice', i));
    }
    const alice = JSON.parse(
      storage.getItem(
        '@backstage/plugin-access-inspector:history:user:user:default/alice',
      )!,
    );
    expect(alice.map((s: { takenAt: number }) => s.takenAt)).toEqual([
      3, 4, 5, 6, 7,
    ]);
    for (let i = 0; i < MAX_USERS + 5; i++)
      store.save(snapshot(`user:default/u${i}`, 100 + i));
    expect(storage.length).toBe(MAX_USERS);
    expect(store.readLast('user:default/alice')).toEqual({ status: 'first' });
    expect(store.readLast(`user:default/u${MAX_USERS + 4}`).status).toBe(
      'found',
    );
  });

  it('drops the oldest snapshots of a user past the size bound, and refuses one too large', () => {
    const store = new AccessHistoryStore(new MemoryStorage());
    const groups = Array.from(
      { length: 1500 },
      (_, i) => `group:default/a-rather-long-group-name-${i}`,
    );
    expect(store.save(snapshot('user:default/alice', 1, groups))).toEqual({
      ok: true,
    });
    expect(store.save(snapshot('user:default/alice', 2, groups))).toEqual({
      ok: true,
    });
    const many = Array.from(
      { length: 2000 },
      (_, i) => `group:default/${'x'.repeat(60)}-${i}`,
    );
    expect(store.save(snapshot('user:default/alice', 3, many))).toEqual({
      ok: false,
      why: 'tooLarge',
    });
    expect(store.readLast('user:default/alice')).toMatchObject({
      snapshot: { takenAt: 2 },
    });
  });

  it('forgets every snapshot, and nothing else', () => {
    const storage = new MemoryStorage();
    storage.setItem('someone-else', 'keep');
    const store = new AccessHistoryStore(storage);
    store.save(snapshot('user:default/alice', 1));
    store.save(snapshot('user:default/admin', 1));
    expect(store.forgetAll()).toEqual({ ok: true, removed: 2 });
    expect(store.readLast('user:default/alice')).toEqual({ status: 'first' });
    expect(storage.getItem('someone-else')).toBe('keep');
  });

  it('reads and writes nothing when turned off, and forgets nothing by it', () => {
    const storage = new MemoryStorage();
    const store = new AccessHistoryStore(storage);
    store.save(snapshot('user:default/alice', 1));
    expect(store.setEnabled(false)).toEqual({ ok: true });
    expect(store.readLast('user:default/alice')).toEqual({
      status: 'disabled',
    });
    store.save(snapshot('user:default/alice', 2));
    store.setEnabled(true);
    expect(store.readLast('user:default/alice')).toMatchObject({
      snapshot: { takenAt: 1 },
    });
  });

  it.each([
    ['not JSON', '{{{'],
    ['not a list', '{"version":1}'],
    [
      'a wrong shape',
      '[{"version":1,"takenAt":"yesterday","userRef":"user:default/alice"}]',
    ],
    [
      'a list of numbers as groups',
      '[{"version":1,"takenAt":1,"userRef":"user:default/alice","ownershipRefs":[1,2]}]',
    ],
  ])(
    'discards corrupt data (%s) with a note, and starts again',
    (_what, stored) => {
      const storage = new MemoryStorage();
      storage.setItem(
        '@backstage/plugin-access-inspector:history:user:user:default/alice',
        stored,
      );
      const store = new AccessHistoryStore(storage);
      expect(store.readLast('user:default/alice')).toEqual({
        status: 'discarded',
        why: 'corrupt',
      });
      expect(store.readLast('user:default/alice')).toEqual({ status: 'first' });
    },
  );

  it('discards an older format with a note, and leaves a newer one alone', () => {
    const storage = new MemoryStorage();
    const key =
      '@backstage/plugin-access-inspector:history:user:user:default/alice';
    const store = new AccessHistoryStore(storage);
    storage.setItem(
      key,
      '[{"version":0,"takenAt":1,"userRef":"user:default/alice"}]',
    );
    expect(store.readLast('user:default/alice')).toEqual({
      status: 'discarded',
      why: 'older',
    });
    expect(storage.getItem(key)).toBeNull();
    storage.setItem(
      key,
      '[{"version":2,"takenAt":1,"userRef":"user:default/alice"}]',
    );
    expect(store.readLast('user:default/alice')).toEqual({
      status: 'discarded',
      why: 'newer',
    });
    expect(store.save(snapshot('user:default/alice', 5))).toEqual({
      ok: false,
      why: 'newer',
    });
    expect(storage.getItem(key)).toContain('"version":2');
  });

  it('says when storage is full or missing instead of throwing', () => {
    const full = new AccessHistoryStore(new MemoryStorage(50));
    expect(full.save(snapshot('user:default/alice', 1))).toMatchObject({
      ok: false,
      why: 'full',
    });
    const missing = new AccessHistoryStore(undefined);
    expect(missing.readLast('user:default/alice')).toMatchObject({
      status: 'unavailable',
    });
    expect(missing.save(snapshot('user:default/alice', 1))).toMatchObject({
      ok: false,
      why: 'unavailable',
    });
    const throwing = new AccessHistoryStore({
      get length(): number {
        throw new Error('SecurityError: The operation is insecure.');
      },
      key: () => null,
      getItem: () => {
        throw new Error('The operation is insecure.');
      },
      setItem: () => {},
      removeItem: () => {},
    });
    expect(throwing.readLast('user:default/alice')).toMatchObject({
      status: 'unavailable',
    });
  });

  it('never writes a value shaped like a token', () => {
    const storage = new MemoryStorage();
    const store = new AccessHistoryStore(storage);
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln';
    store.save(
      buildSnapshot(
        { userRef: 'user:default/alice', groupsClaim: ['team-a', jwt] },
        1,
      ),
    );
    expect([...storage.items.values()].join()).not.toContain('eyJhbGci');
  });
});
