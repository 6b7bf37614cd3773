import { describe, expect, it } from "vitest";
import * as f from "./fixtures";
import { toBalance, toUpstreamTask } from "./normalize";
import { parseRetryAfter } from "./retry-after";
import { balanceResponseSchema, taskResponseSchema } from "./schemas";

const parseTaskPayload = (payload: unknown) => toUpstreamTask(taskResponseSchema.parse(payload), "task_polled");

/** Every task and balance variant the simulator can play, parsed from what it really sent. */

const task = (text: string) => parseTaskPayload(JSON.parse(text));

describe("task variants", () => {
  it("completed with url as a string, plus thumbnail_url", () => {
    const t = task(f.SIM_COMPLETED_URL_STRING_THUMB);
    expect(t).toMatchObject({ status: "completed", progress: 100, cost: 0.448, creditsCost: 4.48 });
    expect(t.videoUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/f\/video\/.+-video_task_\w{26}\.mp4$/);
    expect(t.thumbnailUrl).toMatch(/\/f\/image\/.+-thumbnail_task_\w{26}\.jpg$/);
    expect(t.videoExpiresAt).toBe((t.completedAt ?? 0) + 86_400);
  });

  it("completed with url as an object {url, duration, width, height}", () => {
    const t = task(f.SIM_COMPLETED_URL_OBJECT_THUMB);
    expect(t.status).toBe("completed");
    expect(t.videoUrl).toMatch(/\/f\/video\/.+\.mp4$/);
    expect(t.thumbnailUrl).toBeDefined();
  });

  it("submitted is still pending, without cost", () => {
    expect(task(f.SIM_SUBMITTED)).toMatchObject({
      status: "pending",
      progress: 0,
      cost: undefined,
      creditsCost: undefined,
    });
  });

  it("cancelled ends without an error, cost or completion time", () => {
    const t = task(f.SIM_CANCELLED);
    expect(t).toMatchObject({ status: "cancelled", progress: 0, cost: undefined, completedAt: undefined });
    expect(t.error).toBeUndefined();
  });

  it("failed with a bare-string error ('Image pixel is invalid') is an input problem naming the image", () => {
    const t = task(f.SIM_FAILED_BARE_STRING);
    expect(t.status).toBe("failed");
    expect(t.error).toMatchObject({
      code: "invalid_request",
      message: "The video service could not use the inputs: Image pixel is invalid.",
    });
    expect(t.error?.detail).toBe(`{"message":"Image pixel is invalid"}`);
  });

  it("failed on the image count names the limit", () => {
    expect(task(f.SIM_FAILED_IMAGE_COUNT).error?.message).toBe(
      "The video service accepts at most 2 images. Use 2 or fewer and try again.",
    );
  });
});

describe("balance answers", () => {
  const balance = (text: string) => {
    const parsed = balanceResponseSchema.safeParse(JSON.parse(text));
    if (!parsed.success) throw new Error(parsed.error.message);
    return toBalance(parsed.data);
  };

  it("the documented shape", () => {
    expect(balance(f.SIM_BALANCE)).toEqual({
      ok: true,
      balance: { unlimited: false, remainingUsd: 99.104, remainingCredits: 991.04, usedUsd: 0.896, usedCredits: 8.96 },
    });
    expect(balance(f.BALANCE_DOCUMENTED)).toEqual({
      ok: true,
      balance: { unlimited: false, remainingUsd: 12.5, remainingCredits: 125, usedUsd: 3.36, usedCredits: 33.6 },
    });
  });

  it("unlimited reports -1, which is never shown as an amount", () => {
    expect(balance(f.SIM_BALANCE_UNLIMITED)).toEqual({
      ok: true,
      balance: {
        unlimited: true,
        remainingUsd: undefined,
        remainingCredits: undefined,
        usedUsd: 0.896,
        usedCredits: 8.96,
      },
    });
    expect(balance(f.BALANCE_UNLIMITED_FLAG_ONLY)).toMatchObject({ ok: true, balance: { unlimited: true } });
    expect(balance(`{"success":true,"remain_balance":-1}`)).toMatchObject({ ok: true, balance: { unlimited: true } });
  });

  it("numeric strings inside the {code,data} envelope", () => {
    expect(balance(f.BALANCE_STRINGS_IN_ENVELOPE)).toEqual({
      ok: true,
      balance: { unlimited: false, remainingUsd: 7.25, remainingCredits: 72.5, usedUsd: 0, usedCredits: 0 },
    });
  });

  it("failures as success:false with a message or an error object", () => {
    expect(balance(f.SIM_BALANCE_FAILED)).toEqual({ ok: false, reason: "failed to query balance" });
    expect(balance(f.BALANCE_FAILED_ERROR_OBJECT)).toEqual({ ok: false, reason: "invalid token" });
    expect(balance(`{"success":false}`)).toEqual({ ok: false, reason: "no reason given" });
  });

  it("refuses something that is not a balance", () => {
    expect(balanceResponseSchema.safeParse({ hello: "world" }).success).toBe(false);
    expect(balanceResponseSchema.safeParse(JSON.parse(f.TASK_PENDING)).success).toBe(false);
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-09-21T10:00:00Z");
  it.each([
    ["7", 7],
    [" 0 ", 0],
    ["Mon, 21 Sep 2026 10:00:30 GMT", 30],
    ["Mon, 21 Sep 2026 09:00:00 GMT", 0],
    ["999999999", 86_400],
    ["1.5", undefined],
    ["soon", undefined],
    ["", undefined],
    [null, undefined],
  ] as const)("%j → %j", (value, seconds) => {
    expect(parseRetryAfter(value, now)).toBe(seconds);
  });
});
