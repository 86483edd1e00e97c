/**
 * One queue per session in this process: requests of one session (two tabs, a poller and a click) take
 * turns, so on one instance they never even reach the version check against each other. Across instances
 * the part versions (lib/session/store.ts) still catch it. Kept on globalThis because Next bundles route
 * handlers and actions separately.
 */
const g = globalThis as typeof globalThis & { __sbwSessionLocks?: Map<string, Promise<void>> };

export async function withSessionLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const locks = (g.__sbwSessionLocks ??= new Map());
  const before = locks.get(key) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((resolve) => (release = resolve));
  const tail = before.then(() => mine);
  locks.set(key, tail);
  await before;
  try {
    return await fn();
  } finally {
    release();
    // The last in the queue removes it, so the map holds only sessions with a request in flight.
    if (locks.get(key) === tail) locks.delete(key);
  }
}
