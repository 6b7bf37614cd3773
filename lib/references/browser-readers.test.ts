import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { errorCodes } from "@/lib/errors";
import { readErrorBody } from "@/lib/http/error-body";
import { readUploaded } from "@/lib/images/upload-response";
import { readImageRef } from "./image-ref";
import { imageRefSchema } from "./image-ref-schema";
import { readUploadedVideo } from "./uploaded-video";
import { readVideoCheck, readVideoRef } from "./video-ref";
import { videoCheckSchema, videoRefSchema } from "./video-ref-schema";

/**
 * The browser reads JSON with hand-written guards (no zod in its bundle); the server keeps the zod schemas.
 * These properties hold them to one rule set: a guard accepts exactly what the schema accepts and gives the
 * same value. Inputs are near misses on purpose (edge lengths, NaN, wrong types, stray keys).
 */
const text = fc.oneof(
  fc.string({ maxLength: 3 }),
  fc.constantFrom("", " ", "a".repeat(100), "a".repeat(101), "a".repeat(200), "a".repeat(201)),
);
const num = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(0.5, -0.5, 600, 600.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, 1e3),
);
// No `undefined` values: the input is always JSON, where a key is either absent or has a value.
const junk = fc.oneof(fc.constant(null), fc.boolean(), fc.constant([]), fc.constant({}), fc.constant("x"));
const field = <T>(good: fc.Arbitrary<T>) => fc.oneof({ weight: 6, arbitrary: good }, { weight: 1, arbitrary: junk });
const urls = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(
    " https://x.test/a.mp4 ",
    "https://x.test/a\tb.mp4",
    "http:example.com",
    "ftp://x.test/a",
    "HTTPS://X.TEST/a",
    "https://",
    `https://x.test/${"a".repeat(1990)}`,
    `https://x.test/${"a".repeat(1985)}`,
  ),
);

const imageLike = fc.record(
  {
    assetId: field(text),
    name: field(text),
    width: field(num),
    height: field(num),
    previewUrl: field(text),
    upstreamUrl: field(text),
    extra: fc.string(),
  },
  { requiredKeys: [] },
);
const checkLike = fc.record(
  {
    durationSeconds: field(num),
    width: field(num),
    height: field(num),
    fps: field(num),
    description: field(text),
    posterUrl: field(text),
    extra: fc.string(),
  },
  { requiredKeys: ["durationSeconds", "description"] },
);
const videoLike = fc.record(
  {
    url: field(urls),
    referType: field(fc.constantFrom("base", "feature", "other")),
    keepOriginalSound: field(fc.boolean()),
    check: field(checkLike),
  },
  { requiredKeys: ["url"] },
);

function sameAs<T>(schema: z.ZodType<T>, read: (value: unknown) => T | undefined) {
  return (value: unknown) => {
    const parsed = schema.safeParse(value);
    expect(read(value)).toStrictEqual(parsed.success ? parsed.data : undefined);
  };
}

const runs = { numRuns: 3000 };

describe("browser readers agree with the server's zod schemas", () => {
  it("readImageRef = imageRefSchema", () => {
    fc.assert(fc.property(fc.oneof(imageLike, junk), sameAs(imageRefSchema, readImageRef)), runs);
  });

  it("readVideoCheck = videoCheckSchema", () => {
    fc.assert(fc.property(fc.oneof(checkLike, junk), sameAs(videoCheckSchema, readVideoCheck)), runs);
  });

  it("readVideoRef = videoRefSchema", () => {
    fc.assert(fc.property(fc.oneof(videoLike, junk), sameAs(videoRefSchema, readVideoRef)), runs);
  });

  it("readUploaded and readUploadedVideo = the answers' schemas", () => {
    const uploaded = z.object({ image: imageRefSchema });
    const uploadedVideo = z.object({ url: z.string().min(1), check: videoCheckSchema });
    fc.assert(fc.property(fc.record({ image: fc.oneof(imageLike, junk) }), sameAs(uploaded, readUploaded)), runs);
    const videoAnswer = fc.record({ url: field(text), check: fc.oneof(checkLike, junk) });
    fc.assert(fc.property(videoAnswer, sameAs(uploadedVideo, readUploadedVideo)), runs);
  });

  it("readErrorBody = the error JSON's schema (an unknown code reads as internal)", () => {
    const schema = z
      .object({
        error: z.object({
          code: z.enum(errorCodes).catch("internal"),
          message: z.string().min(1),
          field: z.string().optional(),
        }),
      })
      // The old readErrorBody, exactly: no `field` key when there is none.
      .transform(({ error: { code, message, field } }) =>
        field === undefined ? { code, message } : { code, message, field },
      );
    const error = fc.record(
      { code: field(fc.constantFrom(...errorCodes, "teapot")), message: field(text), field: field(text) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.record({ error: fc.oneof(error, junk) }), junk), sameAs(schema, readErrorBody)),
      runs,
    );
  });
});
