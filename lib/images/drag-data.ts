import { type ImageRef, readImageRef } from "@/lib/references/image-ref";

/**
 * The drag payload of a tray thumbnail: the prompt editor reads the image id from this type and turns the
 * drop into a chip. text/plain is set empty so a drop anywhere else does not paste a URL or a file path.
 */
export const IMAGE_ID_MIME = "application/x-o1-image-id";

export function setImageDragData(dataTransfer: DataTransfer, imageId: string): void {
  dataTransfer.setData(IMAGE_ID_MIME, imageId);
  dataTransfer.setData("text/plain", "");
  dataTransfer.effectAllowed = "copyMove";
}

export function hasImageDragData(dataTransfer: DataTransfer | null): boolean {
  return dataTransfer !== null && Array.from(dataTransfer.types).includes(IMAGE_ID_MIME);
}

/**
 * The drag payload of a library image (the "Add from library" panel): its ImageRef as JSON, so a drop on the tray
 * or into the prompt adds it as the picker's click does, with nothing uploaded again.
 */
export const LIBRARY_IMAGE_MIME = "application/x-o1-library-image";

export function setLibraryDragData(dataTransfer: DataTransfer, ref: ImageRef): void {
  dataTransfer.setData(LIBRARY_IMAGE_MIME, JSON.stringify(ref));
  dataTransfer.setData("text/plain", "");
  dataTransfer.effectAllowed = "copy";
}

/** By type only: during dragover the browser hides the data itself. */
export function hasLibraryDragData(dataTransfer: DataTransfer | null): boolean {
  return dataTransfer !== null && Array.from(dataTransfer.types).includes(LIBRARY_IMAGE_MIME);
}

/** The dropped library image, or undefined when the payload is missing or not a well-formed ImageRef. */
export function readLibraryDragData(dataTransfer: DataTransfer | null): ImageRef | undefined {
  const text = dataTransfer?.getData(LIBRARY_IMAGE_MIME);
  if (!text) return undefined;
  try {
    return readImageRef(JSON.parse(text));
  } catch {
    return undefined;
  }
}
