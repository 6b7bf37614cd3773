import "server-only";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Readable } from "node:stream";
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import type { S3Settings } from "@/lib/config/scale-env";
import { contentTypeOf, isServableName, type MediaKind } from "./media-names";
import type { ByteRange, MediaStorage, StoredObject } from "./media-storage";
import { StorageError } from "./storage-error";

/** S3 caps a presigned URL at seven days. */
const MAX_PRESIGN_SECONDS = 7 * 24 * 60 * 60;

function checkedName(name: string): string {
  if (!isServableName(name)) throw new Error(`not a storable media name: ${JSON.stringify(name)}`);
  return name;
}

const keyOf = (kind: MediaKind, name: string) => `${kind}/${checkedName(name)}`;

function isMissing(error: unknown): boolean {
  if (error instanceof S3ServiceException) {
    return error.$metadata.httpStatusCode === 404 || error.name === "NotFound" || error.name === "NoSuchKey";
  }
  return false;
}

/** A write the bucket refused (or could not be reached for) is the app's storage failing: the creator's message. */
async function writing<T>(doing: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof StorageError) throw error;
    throw new StorageError(`${doing}: ${error instanceof Error ? error.message : String(error)}`, error);
  }
}

/**
 * Media in an S3-compatible bucket, one object per stored file at `<kind>/<name>` (names are fixed by the caller,
 * so a repeated copy overwrites the same object). Uploads stream through `lib-storage` (multipart past 5 MB), an
 * object is visible only once its upload completed, `/media` reads by Range, and APIMart gets presigned GETs.
 * Tools that need a real file (the result download, ffmpeg, ffprobe) work in `scratchRoot` on local disk, which
 * nothing serves from in this mode.
 */
export function s3MediaStorage(settings: S3Settings & { scratchRoot: string }): MediaStorage {
  const client = new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials:
      settings.accessKeyId && settings.secretAccessKey
        ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
        : undefined,
  });
  const Bucket = settings.bucket;

  async function head(kind: MediaKind, name: string): Promise<StoredObject | undefined> {
    if (!isServableName(name)) return undefined;
    try {
      const answer = await client.send(new HeadObjectCommand({ Bucket, Key: keyOf(kind, name) }));
      return { kind, name, bytes: answer.ContentLength ?? 0, modifiedAt: answer.LastModified?.getTime() ?? 0 };
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async function stored(kind: MediaKind, name: string): Promise<StoredObject> {
    const object = await head(kind, name);
    if (!object) throw new StorageError(`${kind}/${name} is not in the bucket after it was stored`);
    return object;
  }

  async function scratchPath(suffix: string): Promise<string> {
    await fs.promises.mkdir(settings.scratchRoot, { recursive: true });
    return path.join(settings.scratchRoot, `${randomUUID()}${suffix.replace(/[^\w.-]/g, "")}`);
  }

  return {
    kind: "s3",
    put: (kind, name, data) =>
      writing(`storing ${kind}/${name}`, async () => {
        await client.send(
          new PutObjectCommand({ Bucket, Key: keyOf(kind, name), Body: data, ContentType: contentTypeOf(name) }),
        );
        return stored(kind, name);
      }),
    putFile: (kind, name, file) =>
      writing(`storing ${kind}/${name}`, async () => {
        const upload = new Upload({
          client,
          params: { Bucket, Key: keyOf(kind, name), Body: fs.createReadStream(file), ContentType: contentTypeOf(name) },
        });
        await upload.done();
        await fs.promises.rm(file, { force: true });
        return stored(kind, name);
      }),
    scratchPath: (suffix) => writing("making a scratch file", () => scratchPath(suffix)),
    head,
    read: async (kind, name, range?: ByteRange): Promise<Readable | undefined> => {
      if (!isServableName(name)) return undefined;
      try {
        const answer = await client.send(
          new GetObjectCommand({
            Bucket,
            Key: keyOf(kind, name),
            Range: range ? `bytes=${range.start}-${range.end}` : undefined,
          }),
        );
        return answer.Body as Readable | undefined;
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },
    readBuffer: async (kind, name) => {
      if (!isServableName(name)) return undefined;
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket, Key: keyOf(kind, name) }));
        return answer.Body ? Buffer.from(await answer.Body.transformToByteArray()) : undefined;
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },
    localPath: () => undefined,
    // S3 has no "touch": copying the object onto itself gives it a new LastModified, which the collector reads.
    touch: (kind, name) =>
      writing(`touching ${kind}/${name}`, async () => {
        await client
          .send(
            new CopyObjectCommand({
              Bucket,
              Key: keyOf(kind, name),
              CopySource: `${Bucket}/${keyOf(kind, name)}`,
              MetadataDirective: "REPLACE",
              ContentType: contentTypeOf(name),
            }),
          )
          .catch((error: unknown) => {
            if (!isMissing(error)) throw error;
          });
      }),
    delete: (kind, name) =>
      writing(`deleting ${kind}/${name}`, async () => {
        if (!isServableName(name)) return;
        await client.send(new DeleteObjectCommand({ Bucket, Key: keyOf(kind, name) }));
      }),
    list: async (kind) => {
      const objects: StoredObject[] = [];
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: `${kind}/`, ContinuationToken }));
        for (const item of page.Contents ?? []) {
          const name = item.Key?.slice(kind.length + 1);
          if (!name || name.includes("/")) continue;
          objects.push({ kind, name, bytes: item.Size ?? 0, modifiedAt: item.LastModified?.getTime() ?? 0 });
        }
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
      return objects;
    },
    fetchableUrl: (kind, name, ttlSeconds) =>
      getSignedUrl(client, new GetObjectCommand({ Bucket, Key: keyOf(kind, name) }), {
        expiresIn: Math.max(1, Math.min(ttlSeconds, MAX_PRESIGN_SECONDS)),
      }),
    cleanScratch: async () => {
      const names = await fs.promises.readdir(settings.scratchRoot).catch(() => [] as string[]);
      for (const name of names)
        await fs.promises.rm(path.join(settings.scratchRoot, name), { force: true, recursive: true });
      return names.length;
    },
  };
}
