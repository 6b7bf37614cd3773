import type { DecodedImage, ImageDecoder } from "./preflight";
import type { Size } from "./rules";

type Drawable = { source: CanvasImageSource; width: number; height: number; close(): void };

/** createImageBitmap applies EXIF orientation; an <img> is the fallback for formats only it decodes (HEIC in older Safari). */
async function load(file: Blob): Promise<Drawable> {
  if (typeof createImageBitmap === "function") {
    try {
      const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
      return { source: bitmap, width: bitmap.width, height: bitmap.height, close: () => bitmap.close() };
    } catch {
      // Fall through to <img>.
    }
  }
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return { source: img, width: img.naturalWidth, height: img.naturalHeight, close: () => URL.revokeObjectURL(url) };
  } catch (error) {
    URL.revokeObjectURL(url);
    throw error;
  }
}

function encode(drawable: Drawable, size: Size, quality: number): Promise<Blob> {
  const canvas = document.createElement("canvas");
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext("2d");
  if (!context) return Promise.reject(new Error("2D canvas unavailable"));
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, size.width, size.height);
  context.imageSmoothingQuality = "high";
  context.drawImage(drawable.source, 0, 0, size.width, size.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => {
        // Release the canvas memory now; large photos use hundreds of MB of it.
        canvas.width = 0;
        canvas.height = 0;
        if (blob) resolve(blob);
        else reject(new Error("JPEG encoding failed"));
      },
      "image/jpeg",
      quality,
    );
  });
}

/** The browser's own decoder and a canvas: a re-encoded JPEG carries no metadata at all. */
export const canvasDecoder: ImageDecoder = async (file: Blob): Promise<DecodedImage> => {
  const drawable = await load(file);
  if (drawable.width === 0 || drawable.height === 0) {
    drawable.close();
    throw new Error("image has no pixels");
  }
  return {
    width: drawable.width,
    height: drawable.height,
    toJpeg: (size, quality) => encode(drawable, size, quality),
    close: () => drawable.close(),
  };
};
