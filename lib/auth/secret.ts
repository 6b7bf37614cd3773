import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const fileName = "auth-secret";

/**
 * The key that signs session cookies: BETTER_AUTH_SECRET when given, else a random one generated on first start
 * into DATA_DIR (mode 0600). Created with `wx` so two processes starting at once agree on one secret; several
 * instances on separate disks must be given the same BETTER_AUTH_SECRET.
 */
export function authSecret(dataDir: string, fromEnv = process.env.BETTER_AUTH_SECRET): string {
  const given = fromEnv?.trim();
  if (given) {
    if (given.length < 32) throw new Error("BETTER_AUTH_SECRET must be at least 32 characters.");
    return given;
  }
  const file = path.join(dataDir, fileName);
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const secret = fs.readFileSync(file, "utf8").trim();
  if (secret.length < 32)
    throw new Error(`${file} is damaged (shorter than 32 characters); delete it to make a new one.`);
  return secret;
}
