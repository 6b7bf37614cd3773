import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import * as f from "./fixtures";
import { classifyTaskFailure, mapHttpError } from "./map-error";

const submit = { operation: "submit" } as const;
const upload = { operation: "upload" } as const;
const poll = { operation: "poll" } as const;

describe("mapHttpError by status", () => {
  it.each([
    [400, "invalid_request"],
    [401, "auth"],
    [402, "balance"],
    [403, "auth"],
    [404, "not_found"],
    [409, "invalid_request"],
    [413, "invalid_request"],
    [422, "invalid_request"],
    [429, "rate_limit"],
    [500, "upstream"],
    [502, "upstream"],
    [503, "upstream"],
    [504, "upstream"],
    [599, "upstream"],
  ] as const)("HTTP %i → %s", (status, code) => {
    const error = mapHttpError(status, `{"error":{"code":${status},"message":"x","type":"t"}}`, submit);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe(code);
    expect(error.status).toBe(status);
  });

  it("reads 403 as balance when the message talks about quota", () => {
    const body = `{"error":{"code":"","message":"user quota is not enough (request id: 123)","type":"apimart_error"}}`;
    expect(mapHttpError(403, body, submit).code).toBe("balance");
  });

  it("reads 401 from the gateway and no-key forms as auth", () => {
    expect(mapHttpError(401, f.ERROR_GATEWAY, submit).code).toBe("auth");
    expect(mapHttpError(401, f.ERROR_NO_KEY, submit).code).toBe("auth");
  });

  it("keeps the raw body in detail but not in the message", () => {
    const error = mapHttpError(401, f.ERROR_GATEWAY, submit);
    expect(error.message).not.toContain("invalid API key");
    expect(error.detail).toContain("invalid API key (request id: 20260919...)");
    expect(error.detail).toContain("HTTP 401");
  });

  it("echoes a sanitised 400 reason that names a field", () => {
    const error = mapHttpError(400, f.ERROR_DOCUMENTED_400, submit);
    expect(error.message).toBe("The video service rejected the request: duration must be the integer 5 or 10.");
  });

  it("strips the request id and caps the length of echoed reasons", () => {
    const long = `prompt ${"x".repeat(500)} (request id: 2026091912345)`;
    const error = mapHttpError(400, JSON.stringify({ error: { message: long } }), submit);
    expect(error.message).not.toContain("request id");
    expect(error.message.length).toBeLessThanOrEqual("The video service rejected the request: ".length + 201);
    expect(error.message.endsWith("x…")).toBe(true);
  });

  it("uses the generic message when the 400 reason names nothing actionable", () => {
    const error = mapHttpError(400, `{"error":{"message":"bad"}}`, submit);
    expect(error.message).toBe("The video service rejected the request.");
  });

  it("uses the generic message when the body is not JSON", () => {
    const error = mapHttpError(502, "<html>Bad Gateway</html>", submit);
    expect(error.code).toBe("upstream");
    expect(error.message).not.toContain("html");
    expect(error.detail).toContain("<html>Bad Gateway</html>");
  });

  it("maps the upload error forms", () => {
    expect(mapHttpError(400, f.UPLOAD_400_TYPE, upload).message).toBe(
      "The video service rejected the image: unsupported image type: application/pdf, allowed: jpeg, png, gif, webp.",
    );
    expect(mapHttpError(400, f.UPLOAD_400_MISSING, upload).code).toBe("invalid_request");
    const tooBig = mapHttpError(413, f.UPLOAD_413, upload);
    expect(tooBig.code).toBe("invalid_request");
    expect(tooBig.message).toBe(
      "The video service rejected the image: file size 25165824 exceeds maximum 20971520 bytes.",
    );
    expect(mapHttpError(413, "", upload).message).toBe("The image is too large for the video service (limit 20 MB).");
    expect(mapHttpError(429, f.UPLOAD_429, upload).code).toBe("rate_limit");
    const server = mapHttpError(500, f.UPLOAD_500, upload);
    expect(server.code).toBe("upstream");
    expect(server.message).toBe("The video service had a problem. Try again in a moment.");
  });

  it("maps a submit-time moderation refusal to content_policy", () => {
    const body = `{"error":{"code":400,"message":"prompt contains sensitive content","type":"invalid_request_error"}}`;
    expect(mapHttpError(400, body, submit).code).toBe("content_policy");
  });

  it("maps a 400 for an unknown task id on poll to not_found", () => {
    const body = `{"error":{"code":400,"message":"task not exist","type":"invalid_request_error"}}`;
    expect(mapHttpError(400, body, poll).code).toBe("not_found");
    expect(mapHttpError(400, body, submit).code).toBe("invalid_request");
  });

  it("explains idempotency conflicts", () => {
    const body = `{"error":{"code":"idempotency_in_progress","message":"in progress","type":"conflict"}}`;
    expect(mapHttpError(409, body, submit).message).toContain("still being processed");
  });

  it("records Retry-After in the detail", () => {
    expect(mapHttpError(429, f.UPLOAD_429, { operation: "submit", retryAfter: "7" }).detail).toContain("retry-after=7");
  });
});

describe("classifyTaskFailure", () => {
  it.each([
    [{ code: 500, message: "...", type: "..." }, "upstream"],
    [{ message: "...", code: "" }, "upstream"],
    [{ message: "...", type: "task_failed", param: "", code: "task_failed" }, "upstream"],
    [{ code: "task_failed", message: "The prompt was flagged by moderation" }, "content_policy"],
    [{ message: "Risk control: output blocked" }, "content_policy"],
    [{ message: "NSFW content detected" }, "content_policy"],
    [{ message: "内容涉及敏感信息" }, "content_policy"],
    [{ code: 1301, message: "Trigger the content security policy" }, "content_policy"],
    [{ code: 402, message: "payment required" }, "balance"],
    [{ message: "insufficient balance" }, "balance"],
    [{ code: 429, message: "slow down" }, "rate_limit"],
    [{ message: "too many requests" }, "rate_limit"],
    [{ code: 400, message: "..." }, "invalid_request"],
    [{ message: "image resolution too small" }, "invalid_request"],
    [{ message: "failed to download video_url" }, "invalid_request"],
  ] as const)("%j → %s", (error, code) => {
    expect(classifyTaskFailure(error).code).toBe(code);
  });

  it("gives the content-policy user message", () => {
    expect(classifyTaskFailure({ message: "safety system rejected the image" }).message).toBe(
      "The video service refused this prompt or an image under its content policy. Change the prompt or images and try again.",
    );
  });

  it("echoes an actionable invalid-input reason", () => {
    expect(
      classifyTaskFailure({ message: "video duration must be at least 3 seconds (request id: abc)" }).message,
    ).toBe("The video service could not use the inputs: video duration must be at least 3 seconds.");
  });

  it("keeps the vendor code and raw object for logs", () => {
    const result = classifyTaskFailure({ code: 500, message: "kaboom", type: "server_error" });
    expect(result.upstreamCode).toBe("500");
    expect(result.detail).toBe(`{"code":500,"message":"kaboom","type":"server_error"}`);
    expect(result.message).not.toContain("kaboom");
  });

  it("handles a missing error object", () => {
    expect(classifyTaskFailure(undefined)).toMatchObject({ code: "upstream", upstreamCode: undefined });
    expect(classifyTaskFailure(null).code).toBe("upstream");
  });
});
