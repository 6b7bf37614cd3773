import { z } from "zod";

/**
 * Where the app keeps its data when it runs on more than one machine (README "Scaling out"). Neither is needed for
 * the default: no `DATABASE_URL` means the SQLite file in DATA_DIR, no `S3_BUCKET` means the media folder there.
 */
export type ScaleEnv = {
  /** `postgres://…` (or `postgresql://…`): Postgres instead of the SQLite file. */
  databaseUrl?: string;
  s3?: S3Settings;
};

export type S3Settings = {
  bucket: string;
  /** An S3-compatible endpoint (MinIO, R2, s3rver…); AWS itself when unset. */
  endpoint?: string;
  region: string;
  forcePathStyle: boolean;
  /** The standard AWS variables; when unset the SDK's own chain (instance role, profile) decides. */
  accessKeyId?: string;
  secretAccessKey?: string;
};

const blank = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalString = z.preprocess(blank, z.string().optional());

export const scaleEnvSchema = z.object({
  DATABASE_URL: z.preprocess(
    blank,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL (leave it unset for the SQLite file)")
      .optional(),
  ),
  S3_BUCKET: optionalString,
  S3_ENDPOINT: z.preprocess(blank, z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional()),
  S3_REGION: z.preprocess(blank, z.string().default("us-east-1")),
  S3_FORCE_PATH_STYLE: z.preprocess(blank, z.enum(["true", "false", "1", "0"]).optional()),
  AWS_ACCESS_KEY_ID: optionalString,
  AWS_SECRET_ACCESS_KEY: optionalString,
});

export function scaleEnvFrom(value: z.infer<typeof scaleEnvSchema>): ScaleEnv {
  const s3: S3Settings | undefined = value.S3_BUCKET
    ? {
        bucket: value.S3_BUCKET,
        endpoint: value.S3_ENDPOINT,
        region: value.S3_REGION,
        // Most S3-compatible servers want path-style; AWS itself wants virtual hosts.
        forcePathStyle:
          value.S3_FORCE_PATH_STYLE === undefined
            ? value.S3_ENDPOINT !== undefined
            : value.S3_FORCE_PATH_STYLE === "true" || value.S3_FORCE_PATH_STYLE === "1",
        accessKeyId: value.AWS_ACCESS_KEY_ID,
        secretAccessKey: value.AWS_SECRET_ACCESS_KEY,
      }
    : undefined;
  return { databaseUrl: value.DATABASE_URL, s3 };
}
