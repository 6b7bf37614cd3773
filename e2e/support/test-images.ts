import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";

/** Real image files for the browser to drop, each a distinct solid colour so a received image can be identified. */
export const colours = { red: [220, 40, 40], green: [40, 200, 60], blue: [40, 60, 220] } as const;
export type Colour = keyof typeof colours;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "o1studio-images-"));

async function solid(name: string, width: number, height: number, colour: Colour, format: "png" | "jpeg") {
  const [r, g, b] = colours[colour];
  const file = path.join(dir, name);
  const image = sharp({ create: { width, height, channels: 3, background: { r, g, b } } });
  await (format === "png" ? image.png() : image.jpeg({ quality: 90 })).toFile(file);
  return file;
}

export async function makeTestImages() {
  const pdf = path.join(dir, "notes.jpg");
  fs.writeFileSync(pdf, "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
  // An ISO-BMFF header with the HEIC brand, as an iPhone writes it; no decoder here can read HEVC.
  const heic = path.join(dir, "IMG_0001.heic");
  const ftyp = Buffer.alloc(24);
  ftyp.writeUInt32BE(24, 0);
  ftyp.write("ftypheic", 4, "latin1");
  ftyp.writeUInt32BE(0, 12);
  ftyp.write("mif1heic", 16, "latin1");
  fs.writeFileSync(heic, Buffer.concat([ftyp, Buffer.alloc(4096, 7)]));
  const huge = path.join(dir, "huge-photo.jpg");
  await sharp({
    create: {
      width: 6000,
      height: 4000,
      channels: 3,
      background: "#808080",
      noise: { type: "gaussian", mean: 128, sigma: 90 },
    },
  })
    .jpeg({ quality: 100 })
    .toFile(huge);
  return {
    red: await solid("red-car.png", 640, 480, "red", "png"),
    green: await solid("green-field.jpg", 500, 500, "green", "jpeg"),
    blue: await solid("blue-sky.png", 480, 640, "blue", "png"),
    tiny: await solid("tiny.png", 200, 150, "red", "png"),
    wide: await solid("banner.jpg", 3000, 600, "green", "jpeg"),
    pdf,
    heic,
    huge,
  };
}

/** Which of the test colours an image (fetched from wherever it was sent) shows. */
export async function colourOf(bytes: Buffer): Promise<Colour> {
  const { channels } = await sharp(bytes).stats();
  const mean = channels.slice(0, 3).map((channel) => channel.mean);
  let best: Colour = "red";
  let bestDistance = Infinity;
  for (const [name, rgb] of Object.entries(colours) as Array<[Colour, readonly number[]]>) {
    const distance = rgb.reduce((sum, value, index) => sum + (value - (mean[index] ?? 0)) ** 2, 0);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}
