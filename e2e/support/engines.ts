import { randomBytes } from "node:crypto";
import { CreateBucketCommand, S3Client } from "@aws-sdk/client-s3";
import pg from "pg";

/**
 * The Postgres + S3 pass (`npm run test:e2e:scale`, E2E_ENGINES=postgres-s3): every stack gets a fresh database
 * on the throwaway Postgres server and a fresh bucket on the test S3 endpoint (scripts/test-engines.sh), so the
 * app runs exactly as it would scaled out. Unset: the default SQLite file and media folder.
 */
export const scaleEngines = process.env.E2E_ENGINES === "postgres-s3";

/** The settings that put one app instance (or several, sharing them) on Postgres + S3. */
export type SharedEngines = { env: Record<string, string>; bucket: string; databaseUrl: string; drop(): Promise<void> };

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: start the engines with scripts/test-engines.sh`);
  return value;
}

export async function createSharedEngines(): Promise<SharedEngines> {
  const adminUrl = required("TEST_POSTGRES_URL");
  const endpoint = required("TEST_S3_ENDPOINT");
  const accessKeyId = required("TEST_S3_ACCESS_KEY_ID");
  const secretAccessKey = required("TEST_S3_SECRET_ACCESS_KEY");
  const suffix = randomBytes(6).toString("hex");
  const database = `o1_e2e_${suffix}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const bucket = `o1-e2e-${suffix}`;
  const s3 = new S3Client({
    region: "us-east-1",
    endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId, secretAccessKey },
  });
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  s3.destroy();
  return {
    bucket,
    databaseUrl: url.toString(),
    env: {
      DATABASE_URL: url.toString(),
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: "us-east-1",
      S3_FORCE_PATH_STYLE: "true",
      AWS_ACCESS_KEY_ID: accessKeyId,
      AWS_SECRET_ACCESS_KEY: secretAccessKey,
      // Every instance signs and checks session cookies with one key (each has its own DATA_DIR).
      BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
    },
    drop: async () => {
      const again = new pg.Client({ connectionString: adminUrl });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await again.end();
    },
  };
}

/** `host:port` of the S3 endpoint: presigned links point there, and the app may fetch its own objects back. */
export function s3HostPort(endpoint: string): string {
  return new URL(endpoint).host;
}
