import "server-only";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import type { ErrorCode } from "@/lib/errors";
import { mediaDir, mediaPath } from "@/lib/media/paths";
import { describeVideo } from "@/lib/video/rules";
import { validateReferenceVideo } from "@/lib/video/validate";

export type CheckedVideo =
  | {
      ok: true;
      description: string;
      durationSeconds: number;
      width: number;
      height: number;
      posterDataUrl: string | null;
    }
  | { ok: false; code: ErrorCode; message: string };

/** Fetches (capped) and probes a reference video; each failure names the rule and the measured value. */
export async function checkReferenceVideo(url: string, referType: "base" | "feature"): Promise<CheckedVideo> {
  const result = await validateReferenceVideo(url, { referType });
  if (!result.ok) return { ok: false, code: result.code, message: result.message };
  const { probe } = result;
  return {
    ok: true,
    description: describeVideo(probe),
    durationSeconds: probe.durationSeconds,
    width: probe.width,
    height: probe.height,
    posterDataUrl: result.posterJpeg ? `data:image/jpeg;base64,${result.posterJpeg.toString("base64")}` : null,
  };
}

/** Keeps the reference video's poster so cards and share pages can show what was referenced. */
export async function keepReferencePoster(dataUrl: string | null): Promise<string | null> {
  const base64 = dataUrl?.match(/^data:image\/jpeg;base64,(.+)$/)?.[1];
  if (!base64) return null;
  const name = `ref-${randomUUID()}.jpg`;
  const file = mediaPath("posters", name);
  if (!file) return null;
  await fs.promises.mkdir(mediaDir("posters"), { recursive: true });
  await fs.promises.writeFile(file, Buffer.from(base64, "base64"));
  return name;
}
