import { vi } from "vitest";
import type { Caller } from "@/lib/actions/access";

/** The caller unit tests of actions run as; set `signedInCaller.current` to try someone else (or nobody). */
export const signedInCaller: { current: Caller } = {
  current: { kind: "account", id: "user-owner", email: "owner@studio.test", role: "owner" },
};

/** For `vi.mock("@/lib/actions/access", mockAccess)`: the real checks, with the caller taken from above. */
export async function mockAccess(importOriginal: () => Promise<unknown>) {
  const original = (await importOriginal()) as typeof import("@/lib/actions/access");
  return { ...original, currentCaller: vi.fn(async () => signedInCaller.current) };
}
