type Entry = { fingerprint: string; state: "pending" } | { fingerprint: string; state: "done"; body: unknown };

export type IdempotencyDecision =
  | { kind: "new" }
  | { kind: "replay"; body: unknown }
  | { kind: "conflict" }
  | { kind: "in_progress" };

/** Visible ASCII, 1–191 characters, as APIMart's client documents. */
export const idempotencyKeyPattern = /^[\x21-\x7e]{1,191}$/;

/** Stable JSON text with sorted keys, so key order does not make two equal bodies "different". */
export function fingerprint(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(fingerprint).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${fingerprint(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}

/**
 * Only successful submits are remembered (like Stripe and APIMart's grok page describe): a rejected
 * request was never executed, so retrying it with the same key must be allowed.
 */
export class IdempotencyStore {
  private readonly entries = new Map<string, Entry>();

  begin(scope: string, key: string, print: string): IdempotencyDecision {
    const id = `${scope}\u0000${key}`;
    const entry = this.entries.get(id);
    if (entry === undefined) {
      this.entries.set(id, { fingerprint: print, state: "pending" });
      return { kind: "new" };
    }
    if (entry.fingerprint !== print) return { kind: "conflict" };
    if (entry.state === "pending") return { kind: "in_progress" };
    return { kind: "replay", body: entry.body };
  }

  finish(scope: string, key: string, body: unknown): void {
    const id = `${scope}\u0000${key}`;
    const entry = this.entries.get(id);
    if (entry !== undefined) this.entries.set(id, { fingerprint: entry.fingerprint, state: "done", body });
  }

  abandon(scope: string, key: string): void {
    this.entries.delete(`${scope}\u0000${key}`);
  }

  clear(): void {
    this.entries.clear();
  }
}
