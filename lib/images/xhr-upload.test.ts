import { describe, expect, it } from "vitest";
import type { ImageRef } from "@/lib/references/image-ref";
import { readUploadResponse } from "./xhr-upload";

const image: ImageRef = {
  assetId: "i1",
  name: "beach.jpg",
  previewUrl: "/media/images/i1.jpg",
  upstreamUrl: "https://upload.apimart.ai/f/image/1-i1.jpg",
  width: 800,
  height: 600,
};

describe("readUploadResponse", () => {
  it("reads a stored image", () => {
    expect(readUploadResponse(200, JSON.stringify({ image }))).toEqual({ ok: true, image });
  });

  it("marks rule problems final and server or upstream trouble retryable", () => {
    const body = (code: string, message: string) => JSON.stringify({ error: { code, message } });
    expect(readUploadResponse(422, body("invalid_file", "tiny.png is 200×150 px; …"))).toEqual({
      ok: false,
      message: "tiny.png is 200×150 px; …",
      retryable: false,
    });
    expect(readUploadResponse(413, body("too_large", "big"))).toMatchObject({ retryable: false });
    expect(readUploadResponse(429, body("rate_limit", "busy"))).toMatchObject({ retryable: true });
    expect(readUploadResponse(502, body("upstream", "upstream"))).toMatchObject({ retryable: true });
  });

  it("never shows an unexpected body to the creator", () => {
    const html = readUploadResponse(500, "<html>Internal Server Error at /app/route.js:12</html>");
    expect(html).toEqual({
      ok: false,
      retryable: true,
      message: "The upload failed: O1 Studio's server sent an unexpected answer. Try again.",
    });
    expect(readUploadResponse(413, "Request Entity Too Large")).toEqual({
      ok: false,
      retryable: false,
      message: "The file is too large to upload (limit 20 MB).",
    });
    // A success status with a body that is not a stored image (no preview URL) is not trusted either.
    const { previewUrl: _dropped, ...incomplete } = image;
    expect(readUploadResponse(200, JSON.stringify({ image: incomplete }))).toMatchObject({ ok: false });
    expect(readUploadResponse(400, JSON.stringify({ image }))).toMatchObject({ ok: false });
  });
});
