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
