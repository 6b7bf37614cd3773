import type { CropBox } from "./crop-box";
import { JPEG_QUALITY } from "./limits";

/**
 * The picture cut to `box` in the browser (a canvas at the picture's own resolution), as a new file named after
 * the original: PNG stays PNG, everything else becomes JPEG. It then goes through the tray's usual checks.
 */
export async function cropToFile(file: File, box: CropBox): Promise<File> {
  const bitmap = await createImageBitmap(file);
  try {
    const canvas = document.createElement("canvas");
    canvas.width = box.width;
    canvas.height = box.height;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2d canvas in this browser");
    context.drawImage(bitmap, box.x, box.y, box.width, box.height, 0, 0, box.width, box.height);
    const png = file.type === "image/png";
    const blob = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, png ? "image/png" : "image/jpeg", JPEG_QUALITY),
    );
    if (!blob) throw new Error("the canvas gave no image");
    const base = file.name.replace(/\.[A-Za-z0-9]{1,5}$/, "") || "image";
    return new File([blob], `${base}-cropped.${png ? "png" : "jpg"}`, { type: blob.type });
  } finally {
    bitmap.close();
  }
}
