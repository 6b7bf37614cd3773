import sharp from "sharp";

/**
 * Distinct 10000×10000 JPEGs (different colours, so the server's de-duplication by hash cannot share the work),
 * with a little texture so they look like photos to the encoder yet stay under the 20 MB upload cap.
 */
export async function hugeJpegs(count: number, side = 10000): Promise<Buffer[]> {
  const files: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const tile = await sharp({
      create: {
        width: 500,
        height: 500,
        channels: 3,
        background: "#808080",
        noise: { type: "gaussian", mean: 100 + i * 10, sigma: 20 },
      },
    })
      .png()
      .toBuffer();
    files.push(
      await sharp({ create: { width: side, height: side, channels: 3, background: { r: 30 * i, g: 120, b: 200 } } })
        .composite([{ input: tile, tile: true, blend: "overlay" }])
        .jpeg({ quality: 70 })
        .toBuffer(),
    );
  }
  return files;
}

/** Posts one image to the app's upload route the way the browser does (multipart, same-origin). */
export async function postImage(
  appUrl: string,
  bytes: Buffer,
  name: string,
  /** The session cookie to send ("name=value"): uploads need a signed-in account. */
  cookie?: string,
): Promise<{ status: number; body: unknown }> {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)], { type: "image/jpeg" }), name);
  form.append("name", name);
  const response = await fetch(`${appUrl}/api/uploads`, {
    method: "POST",
    body: form,
    headers: { origin: appUrl, ...(cookie ? { cookie } : {}) },
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}
