/**
 * One answer per question for one page view: every read the My Access cards
 * share goes through here, so a question asked twice (two cards, a re-run
 * effect, React's strict-mode double effects) is sent once. A failed read is
 * forgotten, so a retry asks again.
 */
export type RequestCache = {
  /** The answer for `key`, asking `load` only the first time. */
  once<T>(key: string, load: () => Promise<T>): Promise<T>;
  /**
   * Items by key, batched: asks `load` once for the keys not asked before
   * (in their order), and answers every key from the same reads.
   */
  each<T>(
    prefix: string,
    keys: readonly string[],
    load: (missing: string[]) => Promise<T[]>,
  ): Promise<T[]>;
  /** Forgets the answers whose key starts with `prefix` (a retry). */
  forget(prefix: string): void;
};

export function createRequestCache(): RequestCache {
  const answers = new Map<string, Promise<unknown>>();
  const remember = <T>(key: string, promise: Promise<T>) => {
    answers.set(key, promise);
    promise.catch(() => {
      if (answers.get(key) === promise) answers.delete(key);
    });
    return promise;
  };
  return {
    once<T>(key: string, load: () => Promise<T>) {
      const known = answers.get(key) as Promise<T> | undefined;
      return known ?? remember(key, load());
    },
    each<T>(
      prefix: string,
      keys: readonly string[],
      load: (missing: string[]) => Promise<T[]>,
    ) {
      const missing = [...new Set(keys)].filter(
        key => !answers.has(`${prefix}${key}`),
      );
      if (missing.length > 0) {
        const batch = load(missing);
        missing.forEach((key, i) =>
          remember(
            `${prefix}${key}`,
            batch.then(items => items[i]),
          ),
        );
      }
      return Promise.all(
        keys.map(key => answers.get(`${prefix}${key}`) as Promise<T>),
      );
    },
    forget(prefix: string) {
      for (const key of [...answers.keys()]) {
        if (key.startsWith(prefix)) answers.delete(key);
      }
    },
  };
}
