import type { Clock } from "./deps";

/**
 * A value worth asking for at most once per `ttlMs` (the APIMart balance, the storage total). Concurrent callers
 * share one fetch; a failed fetch is not cached. Per process on purpose: a stale figure is harmless.
 */
export function cached<T>(clock: Clock, ttlMs: number, fetch: () => Promise<T>): () => Promise<T> {
  let value: { at: number; data: T } | undefined;
  let pending: Promise<T> | undefined;
  return () => {
    if (value && clock.now() - value.at < ttlMs) return Promise.resolve(value.data);
    pending ??= fetch()
      .then((data) => {
        value = { at: clock.now(), data };
        return data;
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };
}
