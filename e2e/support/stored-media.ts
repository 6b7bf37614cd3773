import fs from "node:fs";
import path from "node:path";
import { HeadObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import type { Stack } from "./stack";

/**
 * What the app has stored, read the way each engine keeps it: files under DATA_DIR/media by default, objects
 * `<kind>/<name>` in the stack's bucket in the Postgres + S3 pass. Downloads in progress are local in both modes
 * (DATA_DIR/media/.scratch, or DATA_DIR/scratch beside a bucket), because ffmpeg and ffprobe need real files.
 */
export type StoredMedia = {
  /** The stored object's size in bytes, or undefined when there is none. */
  size(kind: "videos" | "posters" | "images" | "references", name: string): Promise<number | undefined>;
  /** The local folder a result download writes into before it is stored. */
  scratchDir: string;
};

export function storedMedia(stack: Stack): StoredMedia {
  const engines = stack.engines;
  if (!engines) {
    const root = path.join(stack.appDataDir, "media");
    return {
      scratchDir: path.join(root, ".scratch"),
      size: async (kind, name) => {
        const file = path.join(root, kind, name);
        return fs.existsSync(file) ? fs.statSync(file).size : undefined;
      },
    };
  }
  const { env, bucket } = engines;
  return {
    scratchDir: path.join(stack.appDataDir, "scratch"),
    size: async (kind, name) => {
      const s3 = new S3Client({
        region: env.S3_REGION,
        endpoint: env.S3_ENDPOINT,
        forcePathStyle: true,
        credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID ?? "", secretAccessKey: env.AWS_SECRET_ACCESS_KEY ?? "" },
      });
      try {
        const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: `${kind}/${name}` }));
        return head.ContentLength;
      } catch (error) {
        if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404) return undefined;
        throw error;
      } finally {
        s3.destroy();
      }
    },
  };
}
