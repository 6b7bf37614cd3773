import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { uploadFailure } from "./error-response";
import { UploadRejectedError } from "./upload-error";

afterEach(() => vi.restoreAllMocks());

describe("uploadFailure", () => {
  it("answers a refused file with its own status and message", () => {
    expect(uploadFailure(new UploadRejectedError("pano.jpg is over 20 MB; …", 413))).toEqual({
      status: 413,
      body: { ok: false, code: "invalid_request", message: "pano.jpg is over 20 MB; …" },
    });
  });

  it("keeps vendor bodies and stacks out of the answer", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const vendor = new AppError("rate_limit", undefined, { detail: '{"error":{"message":"Rate limit exceeded"}}' });
    const limited = uploadFailure(vendor);
    expect(limited.status).toBe(429);
    expect(limited.body.message).toBe("The video service is busy (rate limit). Wait a moment and try again.");
    const crash = uploadFailure(
      new TypeError("Cannot read properties of undefined (reading 'url') at /app/lib/x.ts:1"),
    );
    expect(crash).toEqual({
      status: 500,
      body: { ok: false, code: "internal", message: "Something went wrong on our side. Try again." },
    });
    expect(log).toHaveBeenCalledTimes(2);
  });

  it("maps upstream trouble to a gateway status the browser may retry", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(uploadFailure(new AppError("network")).status).toBe(502);
    expect(uploadFailure(new AppError("timeout")).status).toBe(504);
    expect(uploadFailure(new AppError("not_found", "gone")).status).toBe(404);
  });
});
