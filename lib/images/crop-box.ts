import type { Size } from "./rules";

/** A crop rectangle in the picture's own pixels (orientation applied). */
export type CropBox = { x: number; y: number; width: number; height: number };

/** Which way the picture is too long, and the ratio a crop gives it ("2.5:1" wide, "1:2.5" tall). */
export function cropRatioLabel(size: Size, maxAspect: number): string {
  return size.width >= size.height ? `${maxAspect}:1` : `1:${maxAspect}`;
}

/**
 * The largest box at the allowed ratio, centred: the short side is kept whole and the long side cut to
 * short × maxAspect (rounded down, so the result is never past the limit).
 */
export function initialCrop(size: Size, maxAspect: number): CropBox {
  if (size.width >= size.height) {
    const width = Math.min(size.width, Math.floor(size.height * maxAspect));
    return { x: Math.floor((size.width - width) / 2), y: 0, width, height: size.height };
  }
  const height = Math.min(size.height, Math.floor(size.width * maxAspect));
  return { x: 0, y: Math.floor((size.height - height) / 2), width: size.width, height };
}

/** How far the box can slide along the long side, and where it is now. */
export function cropTravel(box: CropBox, size: Size): { offset: number; max: number; axis: "x" | "y" } {
  return size.width - box.width >= size.height - box.height
    ? { offset: box.x, max: size.width - box.width, axis: "x" }
    : { offset: box.y, max: size.height - box.height, axis: "y" };
}

/** The box slid to `offset` along its long side, kept inside the picture. */
export function cropAt(box: CropBox, size: Size, offset: number): CropBox {
  const { max, axis } = cropTravel(box, size);
  const clamped = Math.round(Math.min(max, Math.max(0, offset)));
  return axis === "x" ? { ...box, x: clamped } : { ...box, y: clamped };
}
