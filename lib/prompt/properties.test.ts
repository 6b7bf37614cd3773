import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  docArb,
  FORBIDDEN_ON_WIRE,
  imageIdsArb,
  STRAY_JOINER,
  textArb,
  tokenLikeArb,
} from "@/test-support/test-arbitraries";
import { normalizeDoc } from "./normalize";
import { parseWire } from "./parse-wire";
import { imageToken, LIBERAL_TOKEN, tokenPositions } from "./token";
import type { PromptDoc } from "./types";
import { toWire, wireLength } from "./wire";

const refs = (ids: ReadonlyArray<string>) => ids.map((id) => ({ id, url: `https://x.test/${encodeURIComponent(id)}` }));
const chipIds = (doc: PromptDoc) => doc.flatMap((s) => (s.kind === "chip" ? [s.imageId] : []));

/**
 * Text that cannot hold a token once normalised (merging segments or removing invisible characters can join "<<"
 * and "<" into "<<<"). Token-like text has its own property below.
 */
const hasTokenOpener = (doc: PromptDoc) => normalizeDoc(doc).some((s) => s.kind === "text" && s.text.includes("<<<"));

const trayAndDoc = (minImages = 0) =>
  imageIdsArb(minImages).chain((ids) =>
    fc.tuple(
      fc.constant(ids),
      docArb(ids).filter((d) => !hasTokenOpener(d)),
    ),
  );

describe("wire properties", () => {
  it("(1) round trip: parseWire(toWire(doc)) is the normalised doc", () => {
    fc.assert(
      fc.property(trayAndDoc(), ([ids, doc]) => {
        const wire = toWire(doc, refs(ids));
        expect(wire.danglingImageIds).toEqual([]);
        const parsed = parseWire(wire.prompt, ids);
        expect(parsed.doc).toEqual(normalizeDoc(doc));
        expect(parsed.unknownTokens).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it("(1b) token-like text: in-range tokens become chips, everything else stays text, the wire is stable", () => {
    const text = fc.array(fc.oneof(textArb, tokenLikeArb), { maxLength: 6 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(
        imageIdsArb().chain((ids) => fc.tuple(fc.constant(ids), docArb(ids, text))),
        ([ids, doc]) => {
          const wire = toWire(doc, refs(ids)).prompt;
          const parsed = parseWire(wire, ids);
          const matches = [...wire.matchAll(LIBERAL_TOKEN)].map((m) => Number(m[1]));
          const inRange = matches.filter((n) => n >= 1 && n <= ids.length);
          expect(chipIds(parsed.doc)).toEqual(inRange.map((n) => ids[n - 1]));
          expect(parsed.unknownTokens).toEqual([...new Set(matches.filter((n) => n < 1 || n > ids.length))]);
          // Writing the parse back only makes accepted tokens strict; text is untouched.
          const strict = wire.replace(LIBERAL_TOKEN, (token, n: string) =>
            Number(n) >= 1 && Number(n) <= ids.length ? imageToken(Number(n)) : token,
          );
          expect(toWire(parsed.doc, refs(ids)).prompt).toBe(strict);
          // And the strict form is a fixed point.
          expect(toWire(parseWire(strict, ids).doc, refs(ids)).prompt).toBe(strict);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("(2) reordering the images never changes which image a chip means", () => {
    fc.assert(
      fc.property(
        trayAndDoc(1).chain(([ids, doc]) =>
          fc.tuple(
            fc.constant(ids),
            fc.constant(doc),
            fc.shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length }),
          ),
        ),
        ([ids, doc, permuted]) => {
          const expected = chipIds(normalizeDoc(doc));
          const before = toWire(doc, refs(ids));
          expect(chipIds(parseWire(before.prompt, ids).doc)).toEqual(expected);
          const after = toWire(doc, refs(permuted));
          expect(chipIds(parseWire(after.prompt, permuted).doc)).toEqual(expected);
          // image_urls follow the new order, so token N and url N still agree.
          expect(after.imageUrls).toEqual(refs(permuted).map((r) => r.url));
          for (const [index, n] of tokenPositions(after.prompt).entries()) {
            expect(after.imageUrls[n - 1]).toBe(refs([expected[index] ?? ""])[0]?.url);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("(3) removing an image never leaves a dangling token", () => {
    fc.assert(
      fc.property(
        trayAndDoc(1).chain(([ids, doc]) =>
          fc.tuple(fc.constant(ids), fc.constant(doc), fc.integer({ min: 0, max: ids.length - 1 })),
        ),
        ([ids, doc, removeAt]) => {
          const removed = ids[removeAt] ?? "";
          const remaining = ids.filter((id) => id !== removed);
          const wire = toWire(doc, refs(remaining));
          for (const n of tokenPositions(wire.prompt)) {
            expect(n).toBeGreaterThanOrEqual(1);
            expect(n).toBeLessThanOrEqual(remaining.length);
          }
          const hadChips = chipIds(doc).includes(removed);
          expect(wire.danglingImageIds).toEqual(hadChips ? [removed] : []);
          // The surviving chips still mean the same images.
          expect(chipIds(parseWire(wire.prompt, remaining).doc)).toEqual(
            chipIds(normalizeDoc(doc)).filter((id) => id !== removed),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("(4) no zero-width or invisible characters reach the wire", () => {
    fc.assert(
      fc.property(
        imageIdsArb().chain((ids) => fc.tuple(fc.constant(ids), docArb(ids))),
        ([ids, doc]) => {
          const { prompt } = toWire(doc, refs(ids));
          expect(prompt).not.toMatch(FORBIDDEN_ON_WIRE);
          expect(prompt).not.toMatch(STRAY_JOINER);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("(5) wireLength is the length of the wire prompt", () => {
    fc.assert(
      fc.property(
        imageIdsArb().chain((ids) => fc.tuple(fc.constant(ids), docArb(ids), fc.subarray(ids))),
        ([_ids, doc, kept]) => {
          expect(wireLength(doc, refs(kept))).toBe(toWire(doc, refs(kept)).prompt.length);
          // Independent count: text length after cleaning plus 13+ per surviving chip.
          const expected = normalizeDoc(doc).reduce((sum, s) => {
            if (s.kind === "text") return sum + s.text.length;
            const index = kept.indexOf(s.imageId);
            return index < 0 ? sum : sum + imageToken(index + 1).length;
          }, 0);
          expect(wireLength(doc, refs(kept))).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
