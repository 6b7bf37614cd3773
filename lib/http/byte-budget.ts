/**
 * A semaphore weighted by bytes: work declaring `bytes` starts once the bytes already admitted plus its own fit
 * the budget (or nothing else is running, so one oversized request still gets its answer). Requests wait in
 * order; while one waits its body stays in the socket, not in memory.
 */
export function byteBudget(budget: number) {
  let admitted = 0;
  const waiting: Array<{ bytes: number; start: () => void }> = [];
  const pump = () => {
    while (waiting.length > 0) {
      const next = waiting[0] as { bytes: number; start: () => void };
      if (admitted > 0 && admitted + next.bytes > budget) return;
      waiting.shift();
      admitted += next.bytes;
      next.start();
    }
  };
  return async function run<T>(bytes: number, task: () => Promise<T>): Promise<T> {
    await new Promise<void>((start) => {
      waiting.push({ bytes, start });
      pump();
    });
    try {
      return await task();
    } finally {
      admitted -= bytes;
      pump();
    }
  };
}
