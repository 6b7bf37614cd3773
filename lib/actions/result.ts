import type { UserError } from "@/lib/errors";

/**
 * What every server action returns. Pure (no server code): components and hooks read it. A failure carries the
 * same `{ code, message, field? }` as a route handler's error JSON.
 */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: UserError };

export const SERVER_UNREACHABLE = "Could not reach O1 Studio's server. Try again.";

/**
 * Awaits an action call from the browser; a call that never got an answer (offline, server down, a deploy in
 * between) becomes a failure like any other, so callers handle one shape.
 */
export async function settle<T>(call: Promise<ActionResult<T>>, unreachable = SERVER_UNREACHABLE) {
  try {
    return await call;
  } catch {
    return { ok: false, error: { code: "network", message: unreachable } } satisfies ActionResult<T>;
  }
}
