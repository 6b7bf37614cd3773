import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { signedInCaller } from "@/test-support/signed-in-caller";
import { defineAction } from "./define-action";

// Hoisted above the imports, so the helper is imported inside the factory.
vi.mock("@/lib/actions/access", async (original) =>
  (await import("@/test-support/signed-in-caller")).mockAccess(original),
);

import { settle } from "./result";

afterEach(() => vi.restoreAllMocks());

const echo = defineAction({
  name: "echo",
  input: z.object({ name: z.string().min(1, "Say a name."), count: z.number().int() }),
  run: ({ name, count }) => {
    if (name === "app") throw new AppError("not_found", "No such thing.", { field: "name" });
    if (name === "crash") throw new TypeError("Cannot read properties of undefined (reading 'x') at /app/lib/y.ts:3");
    return { greeting: `${name} ×${count}` };
  },
});

describe("defineAction", () => {
  it("refuses an anonymous caller with signed_out before reading the input", async () => {
    const before = signedInCaller.current;
    signedInCaller.current = { kind: "anonymous" };
    try {
      for (const input of [{ name: "Ada", count: 2 }, "garbage"]) {
        await expect(echo(input)).resolves.toEqual({
          ok: false,
          error: { code: "signed_out", message: "Sign in first." },
        });
      }
    } finally {
      signedInCaller.current = before;
    }
  });

  it("answers with data when the input parses and the work succeeds", async () => {
    await expect(echo({ name: "Ada", count: 2 })).resolves.toEqual({ ok: true, data: { greeting: "Ada ×2" } });
  });

  it.each([undefined, null, 42, "Ada", [], {}, { name: "Ada" }, { name: 1, count: 1 }])(
    "refuses malformed input %j as invalid_request, naming the field",
    async (input) => {
      const result = await echo(input);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe("invalid_request");
      expect(result.error.message).toMatch(/^The request is not valid/);
      expect(result.error.message).not.toMatch(/expected|received/);
    },
  );

  it("keeps a message written in the schema, with its field", async () => {
    await expect(echo({ name: "", count: 1 })).resolves.toEqual({
      ok: false,
      error: { code: "invalid_request", message: "Say a name.", field: "name" },
    });
  });

  it("passes an AppError through and hides anything else behind a logged generic message", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await expect(echo({ name: "app", count: 1 })).resolves.toEqual({
      ok: false,
      error: { code: "not_found", message: "No such thing.", field: "name" },
    });
    expect(log).not.toHaveBeenCalled();
    const crash = await echo({ name: "crash", count: 1 });
    expect(crash).toEqual({
      ok: false,
      error: { code: "internal", message: "Something went wrong on our side. Try again." },
    });
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]?.[0])).toContain("/app/lib/y.ts");
  });
});

describe("settle", () => {
  it("turns a call that never got an answer into a failure of the same shape", async () => {
    await expect(settle(Promise.reject(new TypeError("Failed to fetch")))).resolves.toEqual({
      ok: false,
      error: { code: "network", message: "Could not reach O1 Studio's server. Try again." },
    });
    await expect(settle(Promise.resolve({ ok: true as const, data: 1 }))).resolves.toEqual({ ok: true, data: 1 });
  });
});
