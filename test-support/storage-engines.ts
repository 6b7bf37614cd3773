import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CreateBucketCommand, S3Client } from "@aws-sdk/client-s3";
import type { S3Settings } from "@/lib/config/scale-env";
import { localMediaStorage } from "@/lib/storage/local-storage";
import type { MediaStorage } from "@/lib/storage/media-storage";
import { s3MediaStorage } from "@/lib/storage/s3-storage";

/** The S3 endpoint `scripts/test-engines.sh` starts (s3rver); S3 variants are skipped without it, never under CI. */
export const testS3 = process.env.TEST_S3_ENDPOINT
  ? {
      endpoint: process.env.TEST_S3_ENDPOINT,
      accessKeyId: process.env.TEST_S3_ACCESS_KEY_ID ?? "S3RVER",
      secretAccessKey: process.env.TEST_S3_SECRET_ACCESS_KEY ?? "S3RVER",
    }
  : undefined;

if (!testS3 && process.env.CI) {
  throw new Error("CI runs the storage tests on S3 too: start it with scripts/test-engines.sh (TEST_S3_ENDPOINT)");
}

export type TestStorage = { storage: MediaStorage; dir: string; settings?: S3Settings; drop(): void };

export type StorageEngine = { name: "folder" | "s3"; create(): Promise<TestStorage> };

/** S3 settings for a new, empty bucket on the test endpoint. */
export async function newTestBucket(): Promise<S3Settings> {
  if (!testS3) throw new Error("no test S3 endpoint");
  const settings: S3Settings = {
    bucket: `o1-${randomBytes(6).toString("hex")}`,
    endpoint: testS3.endpoint,
    region: "us-east-1",
    forcePathStyle: true,
    accessKeyId: testS3.accessKeyId,
    secretAccessKey: testS3.secretAccessKey,
  };
  const client = new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: testS3.accessKeyId, secretAccessKey: testS3.secretAccessKey },
  });
  await client.send(new CreateBucketCommand({ Bucket: settings.bucket }));
  client.destroy();
  return settings;
}

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "o1-storage-"));
const remove = (dir: string) => () => fs.rmSync(dir, { recursive: true, force: true });

export const storageEngines: StorageEngine[] = [
  {
    name: "folder",
    create: async () => {
      const dir = tempDir();
      return {
        storage: localMediaStorage({ root: dir, publicBaseUrl: "https://studio.test" }),
        dir,
        drop: remove(dir),
      };
    },
  },
  ...(testS3
    ? [
        {
          name: "s3" as const,
          create: async () => {
            const dir = tempDir();
            const settings = await newTestBucket();
            return { storage: s3MediaStorage({ ...settings, scratchRoot: dir }), dir, settings, drop: remove(dir) };
          },
        },
      ]
    : []),
];
