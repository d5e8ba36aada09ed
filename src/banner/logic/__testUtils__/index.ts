import type {
  BroadcastChannelLike,
  LockManagerLike,
  TabMessage,
} from '../tabCoordinator';

/**
 * Test doubles: an in-memory BroadcastChannel bus (delivering asynchronously
 * like the real one, never to the sender) and a lock manager.
 */
export function createChannelBus() {
  const members = new Set<Set<(event: { data: unknown }) => void>>();
  const sent: TabMessage[] = [];
  return {
    sent,
    channel(): BroadcastChannelLike {
      const listeners = new Set<(event: { data: unknown }) => void>();
      members.add(listeners);
      return {
        postMessage(message) {
          sent.push(message);
          const data = JSON.parse(JSON.stringify(message));
          for (const other of members) {
            if (other === listeners) continue;
            for (const listener of other) {
              queueMicrotask(() => listener({ data }));
            }
          }
        },
        addEventListener: (_type, listener) => listeners.add(listener),
        removeEventListener: (_type, listener) => listeners.delete(listener),
        close: () => members.delete(listeners),
      };
    },
  };
}

export function createLockManager(): LockManagerLike & { requests: string[] } {
  let tail: Promise<unknown> = Promise.resolve();
  const requests: string[] = [];
  return {
    requests,
    request<T>(name: string, callback: (lock: unknown) => Promise<T>) {
      requests.push(name);
      const run = tail.then(() => callback({ name }));
      tail = run.catch(() => undefined);
      return run;
    },
  };
}
