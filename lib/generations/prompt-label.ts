import { replaceTokens } from "../prompt/token";

/**
 * A prompt as words for labels and titles: each <<<image_N>>> reads as the image it means ("image 1: car.jpg",
 * or "image 1" when the names are hidden), and a long prompt is cut at a word boundary with an ellipsis, never
 * mid-word. `images[i]` is image i+1.
 */
export function promptLabel(prompt: string, images: ReadonlyArray<{ name: string }> | null, max: number): string {
  const plain = replaceTokens(prompt, (position) => {
    const name = images?.[position - 1]?.name;
    return name ? `image ${position}: ${name}` : `image ${position}`;
  })
    .replace(/\s+/g, " ")
    .trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  const boundary = cut.lastIndexOf(" ");
  // A single very long word is cut where it must be.
  return `${(boundary > max / 2 ? cut.slice(0, boundary) : cut).replace(/[\s,.;:–-]+$/, "")}…`;
}
