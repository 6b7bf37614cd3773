import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authHeaders, makeImage, startTestSimulator, type TestSimulator, upload } from "./helpers";

let sim: TestSimulator;
let scratch: string;
const images: Record<string, Uint8Array> = {};
const maxBytes = 20_971_520;

beforeAll(async () => {
  sim = await startTestSimulator({ taskSeconds: 600 });
  scratch = await mkdtemp(join(tmpdir(), "o1sim-upload-"));
  for (const ext of ["png", "jpg", "gif", "webp"]) images[ext] = await makeImage(scratch, `sample.${ext}`);
});
afterAll(async () => {
  await sim.close();
  await rm(scratch, { recursive: true, force: true });
});

function bytesOf(name: string): Uint8Array {
  const bytes = images[name];
  if (bytes === undefined) throw new Error(`no fixture ${name}`);
  return bytes;
}

/** A PNG signature followed by zeros: detected as PNG, any size wanted. */
function fakePng(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
}

describe("POST /v1/uploads/images", () => {
  it.each([
    { fixture: "png", filename: "photo.gif", type: "image/png" },
    { fixture: "jpg", filename: "photo.png", type: "image/jpeg" },
    { fixture: "gif", filename: "anim.webp", type: "image/gif" },
    { fixture: "webp", filename: "still.jpeg", type: "image/webp" },
  ])("accepts $type by content even when named $filename", async ({ fixture, filename, type }) => {
    const bytes = bytesOf(fixture);
    const before = Math.floor(Date.now() / 1000);
    const { status, json } = await upload(sim.url, bytes, filename);
    expect(status).toBe(200);
    expect(Object.keys(json).sort()).toEqual(["bytes", "content_type", "created_at", "filename", "url"]);
    expect(json).toMatchObject({ filename, content_type: type, bytes: bytes.length });
    expect(json.created_at).toBeGreaterThanOrEqual(before);
    expect(json.url).toMatch(new RegExp(`^${sim.url}/f/image/\\d+-[0-9a-f]{8}-`));

    const served = await fetch(String(json.url));
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe(type);
    expect(served.headers.get("content-length")).toBe(String(bytes.length));
    expect(served.headers.get("accept-ranges")).toBe("bytes");
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(bytes);
  });

  it("rejects a PDF renamed to .jpg", async () => {
    const pdf = new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
    const { status, json } = await upload(sim.url, pdf, "invoice.jpg");
    expect(status).toBe(400);
    expect(json).toEqual({
      error: {
        message: "unsupported image type: application/pdf, allowed: jpeg, png, gif, webp",
        type: "invalid_request_error",
      },
    });
  });

  it("rejects plain text renamed to .jpg", async () => {
    const { status, json } = await upload(sim.url, new TextEncoder().encode("just some words"), "notes.jpg");
    expect(status).toBe(400);
    expect(json).toEqual({
      error: {
        message: "unsupported image type: text/plain; charset=utf-8, allowed: jpeg, png, gif, webp",
        type: "invalid_request_error",
      },
    });
  });

  it("rejects unknown binary data as application/octet-stream", async () => {
    const { status, json } = await upload(sim.url, new Uint8Array([0, 1, 2, 3, 250, 251, 252]), "blob.png");
    expect(status).toBe(400);
    expect(json.error).toMatchObject({
      message: "unsupported image type: application/octet-stream, allowed: jpeg, png, gif, webp",
    });
  });

  it("answers 413 with the file size when over 20971520 bytes", async () => {
    const { status, json } = await upload(sim.url, fakePng(maxBytes + 1), "huge.png");
    expect(status).toBe(413);
    expect(json).toEqual({
      error: { message: `file size ${maxBytes + 1} exceeds maximum ${maxBytes} bytes`, type: "invalid_request_error" },
    });
  });

  it("accepts a file of exactly 20971520 bytes", async () => {
    const { status, json } = await upload(sim.url, fakePng(maxBytes), "limit.png");
    expect(status).toBe(200);
    expect(json.bytes).toBe(maxBytes);
  });

  it("answers 400 when the file part is missing", async () => {
    const { status, json } = await upload(sim.url, bytesOf("png"), "photo.png", "image");
    expect(status).toBe(400);
    expect(json).toEqual({
      error: { message: "missing or invalid file field: http: no such file", type: "invalid_request_error" },
    });
  });

  it("answers 400 for a body that is not multipart", async () => {
    const response = await fetch(`${sim.url}/v1/uploads/images`, {
      method: "POST",
      headers: { ...authHeaders(), "Content-Type": "image/png" },
      body: bytesOf("png").slice(),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { message: expect.stringContaining("missing or invalid file field"), type: "invalid_request_error" },
    });
  });
});

describe("GET /f/image/... (static files)", () => {
  let url = "";
  let bytes: Uint8Array = new Uint8Array();
  beforeAll(async () => {
    bytes = bytesOf("jpg");
    const { json } = await upload(sim.url, bytes, "range.jpg");
    url = String(json.url);
  });

  it("serves a byte range with 206 and Content-Range", async () => {
    const response = await fetch(url, { headers: { Range: "bytes=10-29" } });
    expect(response.status).toBe(206);
    expect(response.headers.get("content-range")).toBe(`bytes 10-29/${bytes.length}`);
    expect(response.headers.get("content-length")).toBe("20");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes.subarray(10, 30));
  });

  it("serves open-ended and suffix ranges", async () => {
    const open = await fetch(url, { headers: { Range: `bytes=${bytes.length - 5}-` } });
    expect(open.status).toBe(206);
    expect(new Uint8Array(await open.arrayBuffer())).toEqual(bytes.subarray(bytes.length - 5));
    const suffix = await fetch(url, { headers: { Range: "bytes=-7" } });
    expect(suffix.status).toBe(206);
    expect(new Uint8Array(await suffix.arrayBuffer())).toEqual(bytes.subarray(bytes.length - 7));
  });

  it("answers 416 for a range past the end", async () => {
    const response = await fetch(url, { headers: { Range: `bytes=${bytes.length}-` } });
    expect(response.status).toBe(416);
    expect(response.headers.get("content-range")).toBe(`bytes */${bytes.length}`);
  });

  it("answers HEAD with headers only", async () => {
    const response = await fetch(url, { method: "HEAD" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-length")).toBe(String(bytes.length));
  });

  it("answers 404 for unknown or malformed names", async () => {
    expect((await fetch(`${sim.url}/f/image/123-deadbeef-nothing.png`)).status).toBe(404);
    expect((await fetch(`${sim.url}/f/image/..%2Ftasks`)).status).toBe(404);
    expect((await fetch(`${sim.url}/f/video/123-video_task_01K9S419324DREZFBWNSVXYR6H.mp4`)).status).toBe(404);
  });
});
