import fc from "fast-check";
import type { PromptDoc, PromptSegment } from "@/lib/prompt/types";

/** Characters the wire must never carry (U+200D is checked separately: it may stay inside emoji sequences). */
export const FORBIDDEN_ON_WIRE = /[\u200B\u200C\u2060\uFEFF\u00A0]/;

/** A ZWJ that is not between two pictographs. */
export const STRAY_JOINER =
  /(?<!\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]?)\u200D|\u200D(?!\p{Extended_Pictographic})/u;

const awkwardPieces = [
  "\n",
  "\r\n",
  "\n\n",
  "\t",
  " ",
  "  ",
  "é",
  "日本語",
  "👩‍🚀",
  "👍🏽",
  "\u{1F600}",
  "\u200B",
  "\u200C",
  "\u200D",
  "\u2060",
  "\uFEFF",
  "\u00A0",
  "<",
  ">",
  ">>>",
  "<<",
  "image_2",
  "_",
  "'",
  '"',
  "\\",
  "$HOME",
];

/** Text with unicode, newlines, quotes and invisible characters, built from awkward pieces and random strings. */
export const textArb: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
      { weight: 3, arbitrary: fc.constantFrom(...awkwardPieces) },
    ),
    { maxLength: 8 },
  )
  .map((pieces) => pieces.join(""));

/** Unique, non-empty image ids for a tray of 0..7 images. */
export const imageIdsArb = (minLength = 0): fc.Arbitrary<string[]> =>
  fc.uniqueArray(
    fc.string({ minLength: 1, maxLength: 8 }).map((s) => `img-${s}`),
    { minLength, maxLength: 7 },
  );

/** A doc whose chips all name one of `ids`, with text from `text`. */
export function docArb(ids: ReadonlyArray<string>, text: fc.Arbitrary<string> = textArb): fc.Arbitrary<PromptDoc> {
  const chip: fc.Arbitrary<PromptSegment> = fc
    .constantFrom(...(ids.length > 0 ? ids : ["unused"]))
    .map((imageId) => ({ kind: "chip", imageId }));
  const textSegment: fc.Arbitrary<PromptSegment> = text.map((t) => ({ kind: "text", text: t }));
  return fc.array(ids.length > 0 ? fc.oneof(textSegment, chip) : textSegment, { maxLength: 12 });
}

/** Tokens and near misses a creator might type or paste. */
export const tokenLikeArb: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 0, max: 12 }).map((n) => `<<<image_${n}>>>`),
  fc.integer({ min: 1, max: 9 }).map((n) => `<<< IMAGE_${n} >>>`),
  fc.integer({ min: 1, max: 9 }).map((n) => `<<<\timage_${n}>>>`),
  fc.constantFrom(
    "<<<image_>>>",
    "<<image_2>>",
    "<<<image_2>>",
    "<<<img_2>>>",
    "<<<image_x>>>",
    "<<<image_2.5>>>",
    "<<<image_-1>>>",
    "<<<<image_1>>>>",
    "<<<image_0001>>>",
    "<<<image_1234567890>>>",
  ),
);
