import { describe, expect, it } from "vitest";
import { rejection } from "./expect-rejection";
import { cleanName, readUploadRequest } from "./read-upload";

function multipart(file: Blob | undefined, filename: string, name?: string): Request {
  const form = new FormData();
  if (file) form.append("file", file, filename);
  if (name !== undefined) form.append("name", name);
  return new Request("http://localhost/api/uploads", { method: "POST", body: form });
}

/** A body that arrives in chunks, counting how much of it was pulled. */
function streamingRequest(totalBytes: number, chunkBytes: number, contentType: string, declaredLength?: number) {
  let sent = 0;
  const pulled = { bytes: 0 };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (sent >= totalBytes) {
          controller.close();
          return;
        }
        const size = Math.min(chunkBytes, totalBytes - sent);
        const chunk = new Uint8Array(size);
        if (sent === 0)
          chunk.set(
            new TextEncoder().encode('--b\r\nContent-Disposition: form-data; name="file"; filename="pano.jpg"\r\n\r\n'),
          );
        sent += size;
        pulled.bytes = sent;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  const request = new Request("http://localhost/api/uploads", {
    method: "POST",
    body,
    headers: {
      "content-type": contentType,
      ...(declaredLength === undefined ? {} : { "content-length": String(declaredLength) }),
    },
    duplex: "half",
  } as RequestInit & { duplex: "half" });
  return { request, pulled };
}

describe("readUploadRequest", () => {
  it("reads the file and the display name", async () => {
    const upload = await readUploadRequest(
      multipart(new Blob([new Uint8Array([1, 2, 3])]), "cat.jpg", "Cat on a mat.webp"),
    );
    expect([...upload.bytes]).toEqual([1, 2, 3]);
    expect(upload.name).toBe("Cat on a mat.webp");
  });

  it("falls back to the file's own name, without folders", async () => {
    const upload = await readUploadRequest(
      multipart(new Blob([new Uint8Array([1])]), "C:\\Users\\me\\Pictures\\dog.png"),
    );
    expect(upload.name).toBe("dog.png");
  });

  it("refuses a file over 20 MB with 413 and its size", async () => {
    const big = new Blob([new Uint8Array(20 * 1024 * 1024 + 1)]);
    const error = await rejection(readUploadRequest(multipart(big, "pano.jpg")));
    expect(error.httpStatus).toBe(413);
    expect(error.message).toBe(
      "pano.jpg is 21.0 MB; files larger than 20 MB can't be uploaded. Export a smaller JPEG and add it again.",
    );
  });

  it("stops keeping an oversized body while it streams in, and still names the file", async () => {
    const { request, pulled } = streamingRequest(30 * 1024 * 1024, 1024 * 1024, "multipart/form-data; boundary=b");
    const error = await rejection(readUploadRequest(request));
    expect(error.httpStatus).toBe(413);
    expect(error.message).toBe(
      "pano.jpg is over 20 MB; files larger than 20 MB can't be uploaded. Export a smaller JPEG and add it again.",
    );
    expect(pulled.bytes).toBe(30 * 1024 * 1024);
  });

  it("abandons a body far beyond the limit instead of reading it all", async () => {
    const { request, pulled } = streamingRequest(200 * 1024 * 1024, 1024 * 1024, "multipart/form-data; boundary=b");
    const error = await rejection(readUploadRequest(request));
    expect(error.httpStatus).toBe(413);
    expect(pulled.bytes).toBeLessThan(70 * 1024 * 1024);
  });

  it("refuses a declared length far beyond the limit without reading", async () => {
    const { request, pulled } = streamingRequest(1024, 1024, "multipart/form-data; boundary=b", 500 * 1024 * 1024);
    expect((await rejection(readUploadRequest(request))).httpStatus).toBe(413);
    expect(pulled.bytes).toBe(0);
  });

  it("refuses requests without a file or that are not multipart", async () => {
    expect((await rejection(readUploadRequest(multipart(undefined, "")))).message).toBe(
      "No image was sent (the form needs a field named file).",
    );
    const json = new Request("http://localhost/api/uploads", {
      method: "POST",
      body: "{}",
      headers: { "content-type": "application/json" },
    });
    expect((await rejection(readUploadRequest(json))).httpStatus).toBe(400);
  });
});

describe("cleanName", () => {
  it("removes control characters and bounds the length", () => {
    expect(cleanName("a\u0000b\nc.jpg")).toBe("abc.jpg");
    expect(cleanName("../../etc/passwd")).toBe("passwd");
    expect(cleanName("   ")).toBe("image");
    expect(cleanName("x".repeat(500))).toHaveLength(200);
  });
});
