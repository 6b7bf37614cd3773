import { IMAGE_NAME_MAX } from "@/lib/references/image-ref";

/** A library name from a file name: "red-car.jpg" → "red-car" (the extension says nothing to a creator). */
export function libraryName(fileName: string): string {
  const trimmed = fileName.trim();
  const bare = trimmed.replace(/\.(jpe?g|png|webp|gif|avif|heic|heif|bmp|tiff?)$/i, "").trim();
  return (bare || trimmed || "image").slice(0, IMAGE_NAME_MAX);
}

/** A name typed by the creator, or why it cannot be one. */
export function checkImageName(typed: string): { ok: true; name: string } | { ok: false; message: string } {
  const name = typed.replace(/\s+/g, " ").trim();
  if (name === "") return { ok: false, message: "A name cannot be empty." };
  if (name.length > IMAGE_NAME_MAX) return { ok: false, message: `A name is at most ${IMAGE_NAME_MAX} characters.` };
  return { ok: true, name };
}
