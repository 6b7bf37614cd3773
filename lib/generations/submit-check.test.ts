import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capabilitiesWith, defaultCapabilities } from "./capabilities";
import { submitInputSchemaFor } from "./recipe";
import { INVALID_REQUEST, submitProblem } from "./submit-check";

/**
 * The composer checks a submit in the browser with `submitProblem` (no zod there) before the server parses it with
 * `submitInputSchemaFor`. They must agree on what passes, and on the message the creator reads: the schema's first
 * issue when it is one of the app's own messages, the generic one for rules the composer cannot break.
 */
const names = fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom("a".repeat(200), "a".repeat(201)));
const image = fc.record(
  { assetId: fc.oneof(fc.constantFrom("asset-1", "", "a".repeat(101)), fc.string({ maxLength: 2 })), name: names },
  { requiredKeys: ["assetId"] },
);
const video = fc.record({
  url: fc.constantFrom(
    "https://x.test/a.mp4",
    " http://x.test/b ",
    "ftp://x.test/c",
    "x.test",
    `https://x.test/${"a".repeat(1990)}`,
  ),
  referType: fc.constantFrom("base", "feature", "other"),
  keepOriginalSound: fc.oneof(fc.boolean(), fc.constant("yes")),
});
const input = fc.record(
  {
    draftId: fc.constantFrom("draft-0001", "short", "d".repeat(100), "d".repeat(101)),
    prompt: fc.oneof(fc.constantFrom("", "   ", " a ", "x".repeat(30), "x".repeat(31)), fc.string({ maxLength: 4 })),
    mode: fc.constantFrom("std", "pro", "max"),
    duration: fc.constantFrom(5, 10, 7, "5"),
    aspectRatio: fc.constantFrom("16:9", "9:16", "1:1", "4:3"),
    images: fc.array(image, { maxLength: 9 }),
    video,
  },
  { requiredKeys: ["draftId", "prompt", "mode", "duration", "aspectRatio"] },
);

function schemaMessage(schema: ReturnType<typeof submitInputSchemaFor>, value: unknown): string | undefined {
  const parsed = schema.safeParse(value);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0];
  return issue?.code === "custom" || issue?.path[0] === "prompt" || issue?.message === "must be an http(s) URL"
    ? issue.message
    : issue?.path[0] === "images" && issue.path.length === 1 && issue.code === "too_big"
      ? issue.message
      : INVALID_REQUEST;
}

describe("submitProblem", () => {
  it("agrees with submitInputSchemaFor on passing and on the message", () => {
    for (const capabilities of [defaultCapabilities, capabilitiesWith({ PROMPT_LIMIT: 30, MAX_IMAGES: 3 })]) {
      const schema = submitInputSchemaFor(capabilities);
      fc.assert(
        fc.property(input, (value) => {
          // biome-ignore lint/suspicious/noExplicitAny: the generator makes wrong types on purpose
          expect(submitProblem(value as any, capabilities)).toBe(schemaMessage(schema, value));
        }),
        { numRuns: 5000 },
      );
    }
  });

  it("says what the creator can fix, in the app's words", () => {
    const base = { draftId: "draft-0001", prompt: "a car", mode: "std", duration: 5, aspectRatio: "16:9" } as const;
    expect(submitProblem({ ...base, prompt: "   " }, defaultCapabilities)).toBe("Write a prompt first.");
    const images = Array.from({ length: 8 }, (_, n) => ({ assetId: `a${n}`, name: "x.jpg" }));
    expect(submitProblem({ ...base, images }, defaultCapabilities)).toMatch(/^At most \d+ images\.$/);
    expect(submitProblem(base, defaultCapabilities)).toBeUndefined();
  });
});
