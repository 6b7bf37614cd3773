import { describe, expect, it } from "vitest";
import { readUploadResponse } from "./xhr-upload";

const image = {
  id: "i1",
  name: "beach.jpg",
  url: "/media/images/i1.jpg",
  upstreamUrl: "https://upload.apimart.ai/f/image/1-i1.jpg",
  width: 800,
  height: 600,
  contentType: "image/jpeg",
  bytes: 1234,
};

describe("readUploadResponse", () => {
  it("reads a stored image", () => {
    expect(readUploadResponse(200, JSON.stringify({ ok: true, image }))).toEqual({ ok: true, image });
  });

  it("marks rule problems final and server or upstream trouble retryable", () => {
    const body = (message: string) => JSON.stringify({ ok: false, code: "invalid_request", message });
    expect(readUploadResponse(422, body("tiny.png is 200×150 px; …"))).toEqual({
      ok: false,
      message: "tiny.png is 200×150 px; …",
      retryable: false,
    });
    expect(readUploadResponse(413, body("big"))).toMatchObject({ retryable: false });
    expect(readUploadResponse(429, body("busy"))).toMatchObject({ retryable: true });
    expect(readUploadResponse(502, body("upstream"))).toMatchObject({ retryable: true });
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
    expect(
      readUploadResponse(200, JSON.stringify({ ok: true, image: { ...image, contentType: "image/gif" } })),
    ).toMatchObject({ ok: false });
  });
});
