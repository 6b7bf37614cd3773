import { describe, expect, it } from "vitest";
import { MultipartError, MultipartParser, multipartBoundary, type PartInfo, parsePartHeaders } from "../multipart";

interface Part {
  info: PartInfo;
  data: Buffer;
}

async function parse(body: Buffer, boundary: string, chunkSize: number): Promise<Part[]> {
  const parts: Part[] = [];
  const parser = new MultipartParser(boundary, (info) => {
    const part: Part = { info, data: Buffer.alloc(0) };
    parts.push(part);
    return {
      data: (chunk) => {
        part.data = Buffer.concat([part.data, chunk]);
      },
      end: () => undefined,
    };
  });
  for (let i = 0; i < body.length; i += chunkSize) await parser.write(body.subarray(i, i + chunkSize));
  parser.end();
  return parts;
}

const boundary = "----sim-boundary";
// Payload containing near-miss delimiters, CRLFs and the boundary text without its leading CRLF.
const payload = Buffer.from(`a\r\n--not-it\r\n----sim-boundar\r\nxx----sim-boundary-in-the-middle\r\n\r\nz`);
const body = Buffer.concat([
  Buffer.from(`preamble\r\n--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n`),
  Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a \\"b\\".png"\r\nContent-Type: image/png\r\n\r\n`,
  ),
  payload,
  Buffer.from(`\r\n--${boundary}--\r\nepilogue`),
]);

describe("MultipartParser", () => {
  it.each([1, 2, 3, 7, 64, body.length])("splits parts identically with %i-byte chunks", async (size) => {
    const parts = await parse(body, boundary, size);
    expect(parts.map((p) => p.info)).toEqual([
      { name: "note", filename: null, contentType: null },
      { name: "file", filename: 'a "b".png', contentType: "image/png" },
    ]);
    expect(parts[0]?.data.toString()).toBe("hello");
    expect(parts[1]?.data.equals(payload)).toBe(true);
  });

  it("throws on a body cut before the closing boundary", async () => {
    await expect(parse(body.subarray(0, body.length - 20), boundary, 16)).rejects.toBeInstanceOf(MultipartError);
  });

  it("treats an empty filename as a plain field and decodes filename*", () => {
    expect(parsePartHeaders('Content-Disposition: form-data; name="file"; filename=""').filename).toBeNull();
    expect(parsePartHeaders("Content-Disposition: form-data; name=file; filename*=UTF-8''caf%C3%A9.jpg").filename).toBe(
      "café.jpg",
    );
  });

  it("reads the boundary from the Content-Type", () => {
    expect(multipartBoundary("multipart/form-data; boundary=abc")).toBe("abc");
    expect(multipartBoundary('multipart/form-data; boundary="a b"')).toBe("a b");
    expect(multipartBoundary("application/json")).toBeNull();
  });
});
