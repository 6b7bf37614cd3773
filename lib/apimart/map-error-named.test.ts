import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { ApimartError, idempotencyConflictOf } from "./apimart-error";
import * as f from "./fixtures";
import { classifyTaskFailure, mapHttpError } from "./map-error";

/** Part 8 of issue 10: errors named for what they are, on the payloads the simulator really sends. */

const submit = { operation: "submit" } as const;
const poll = { operation: "poll" } as const;

describe("403: a key that is valid but not allowed", () => {
  it("names the model and address allow-lists instead of 'check APIMART_API_KEY'", () => {
    const error = mapHttpError(403, f.SIM_FAULT_403, submit);
    expect(error.code).toBe("auth");
    expect(error.status).toBe(403);
    expect(error.message).toBe(
      "The APIMart key is not allowed for this model or from this server's address. Check the key's model and IP allow-lists in the APIMart console.",
    );
    expect(error.message).not.toContain("APIMART_API_KEY");
    expect(error.upstreamCode).toBe("403");
  });

  it("keeps 401 as a bad key and a quota 403 as balance", () => {
    expect(mapHttpError(401, f.ERROR_GATEWAY, submit).message).toContain("APIMART_API_KEY");
    const quota = `{"error":{"code":"","message":"user quota is not enough","type":"apimart_error"}}`;
    expect(mapHttpError(403, quota, submit).code).toBe("balance");
  });
});

describe("build_request_failed", () => {
  it("is a parameter problem, not retryable, with the reason when it names a field", () => {
    const error = mapHttpError(500, f.SIM_FAULT_BUILD_REQUEST_FAILED, submit);
    expect(error.code).toBe("invalid_request");
    expect(error.retryable).toBe(false);
    expect(error.message).toBe(
      "The video service could not build the request from these settings (a parameter problem): invalid parameter image_urls for model kling-video-o1.",
    );
  });

  it("says so plainly when the reason names nothing", () => {
    const body = `{"error":{"code":500,"message":"build_request_failed","type":"server_error"}}`;
    expect(mapHttpError(500, body, submit).message).toBe(
      "The video service could not build the request from these settings (a parameter problem). Change the settings and try again.",
    );
    // A plain 500 stays a retryable upstream problem.
    expect(mapHttpError(500, `{"error":{"code":500,"message":"internal error"}}`, submit).retryable).toBe(true);
  });
});

describe("image count", () => {
  it("names the limit and what was sent (submit 400)", () => {
    const error = mapHttpError(400, f.SIM_SUBMIT_IMAGE_COUNT, { ...submit, sentImages: 3, withVideo: false });
    expect(error.code).toBe("invalid_request");
    expect(error.message).toBe(
      "The video service accepts at most 2 images. This request had 3 images. Use 2 or fewer and try again.",
    );
    expect(error.imageLimit).toEqual({ max: 2, sent: 3, withVideo: false });
  });

  it("mentions the reference video when there was one", () => {
    const body = `{"error":{"code":400,"message":"image_urls accepts at most 1 image (the first frame) with video_list refer_type \\"feature\\""}}`;
    expect(mapHttpError(400, body, { ...submit, sentImages: 2, withVideo: true }).message).toBe(
      "The video service accepts at most 1 image with a reference video. This request had 2 images. Use 1 or fewer and try again.",
    );
  });

  it("reads a failed task refusing the image count", () => {
    const task = JSON.parse(f.SIM_FAILED_IMAGE_COUNT).data;
    const failure = classifyTaskFailure(task.error);
    expect(failure).toMatchObject({ code: "invalid_request", imageLimit: { max: 2 }, upstreamCode: "400" });
    expect(failure.message).toBe("The video service accepts at most 2 images. Use 2 or fewer and try again.");
  });

  it("does not mistake other image limits for a count", () => {
    const sized = `{"error":{"code":400,"message":"image size must be at most 10MB","type":"invalid_request_error"}}`;
    expect(mapHttpError(400, sized, submit).imageLimit).toBeUndefined();
    expect(classifyTaskFailure({ message: "Image pixel is invalid" }).imageLimit).toBeUndefined();
  });
});

describe("idempotency", () => {
  it.each([
    [f.SIM_FAULT_IDEMPOTENCY_IN_PROGRESS, 409, "in_progress", "upstream", true, "still being processed"],
    [f.SIM_FAULT_IDEMPOTENCY_KEY_REUSED, 409, "key_reused", "invalid_request", false, "already used"],
    [f.SIM_FAULT_IDEMPOTENCY_RESULT_INDETERMINATE, 409, "result_indeterminate", "upstream", true, "could not tell"],
    [f.SIM_FAULT_IDEMPOTENCY_UNAVAILABLE, 503, "unavailable", "upstream", true, "nothing was started"],
  ] as const)("%s → %s/%s", (body, status, kind, code, retryable, words) => {
    const error = mapHttpError(status, body, submit);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toBeInstanceOf(ApimartError);
    expect(idempotencyConflictOf(error)).toBe(kind);
    expect(error.code).toBe(code);
    expect(error.retryable).toBe(retryable);
    expect(error.message).toContain(words);
  });

  it("reads the kind from the message when the code is missing, and leaves other 409s alone", () => {
    const body = `{"error":{"message":"Idempotency-Key is still in progress","type":"conflict"}}`;
    expect(mapHttpError(409, body, submit).idempotency).toBe("in_progress");
    expect(mapHttpError(409, `{"error":{"code":409,"message":"x"}}`, submit).idempotency).toBeUndefined();
    expect(idempotencyConflictOf(new Error("x"))).toBeUndefined();
    // A plain 503 is an outage, not an idempotency answer.
    expect(mapHttpError(503, f.SIM_FAULT_503, submit).idempotency).toBeUndefined();
  });
});

describe("Retry-After", () => {
  it("is carried on the error from any status, as seconds", () => {
    expect(mapHttpError(429, f.SIM_POLL_429, { ...poll, retryAfter: "7" }).retryAfterSeconds).toBe(7);
    expect(mapHttpError(503, f.SIM_FAULT_503, { ...submit, retryAfter: "2" }).retryAfterSeconds).toBe(2);
    const nowMs = Date.parse("Wed, 21 Oct 2037 07:27:30 GMT");
    const dated = { ...submit, retryAfter: "Wed, 21 Oct 2037 07:28:00 GMT", nowMs };
    expect(mapHttpError(409, f.SIM_FAULT_IDEMPOTENCY_IN_PROGRESS, dated).retryAfterSeconds).toBe(30);
    expect(mapHttpError(429, f.SIM_POLL_429, poll).retryAfterSeconds).toBeUndefined();
  });
});

describe("other documented statuses on real payloads", () => {
  it("502 and 503 are retryable upstream problems", () => {
    for (const [status, body] of [
      [502, f.SIM_FAULT_502],
      [503, f.SIM_FAULT_503],
    ] as const) {
      const error = mapHttpError(status, body, submit);
      expect(error.code).toBe("upstream");
      expect(error.retryable).toBe(true);
    }
  });

  it("the 400 form of task-not-found is not_found on poll", () => {
    const error = mapHttpError(400, f.SIM_TASK_NOT_FOUND_400, poll);
    expect(error.code).toBe("not_found");
    expect(error.message).toBe("The video service has no record of this task (it may have expired).");
  });
});
