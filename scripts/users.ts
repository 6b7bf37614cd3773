/**
 * `npm run users -- add EMAIL [--owner]`: makes an account, reading its password from standard input (one line,
 * so `printf '%s\n' "$PASSWORD" | npm run users -- add a@b.c` works and the password is in no argv or history).
 * `npm run users -- list`: the accounts and their roles. Uses the app's own DATA_DIR database and secret.
 */
import { createAccount, type Role } from "../lib/auth/accounts";
import { createAuth } from "../lib/auth/auth";
import { authSecret } from "../lib/auth/secret";
import { EnvError, parseEnv } from "../lib/config/parse-env";
import { closeDb } from "../lib/db/client";
import { openDatabase } from "../lib/db/open-database";
import { AppError } from "../lib/errors";

const usage =
  "Usage: npm run users -- add EMAIL [--owner]   (password on standard input)\n       npm run users -- list";

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("Password (input is shown; prefer piping it in): ");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

async function main(args: string[]): Promise<number> {
  const config = parseEnv(process.env);
  const [command, email, ...flags] = args;
  // The app's own database: Postgres when DATABASE_URL is set, else the SQLite file in DATA_DIR.
  const db = openDatabase({ databaseUrl: config.scale.databaseUrl, dataDir: config.dataDir });
  const { users } = db.tables;
  try {
    if (command === "list") {
      for (const user of await db.select().from(users)) console.log(`${user.email}\t${user.role}`);
      return 0;
    }
    if (command !== "add" || !email || flags.some((flag) => flag !== "--owner")) {
      console.error(usage);
      return 2;
    }
    const role: Role = flags.includes("--owner") ? "owner" : "member";
    const password = await readStdin();
    const auth = createAuth({ db, secret: authSecret(config.dataDir), baseUrl: config.publicBaseUrl });
    const account = await createAccount(auth, db, { email, password, role });
    console.log(`Created ${account.role} ${account.email}`);
    return 0;
  } finally {
    await closeDb(db);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof AppError || error instanceof EnvError ? error.message : error);
    process.exit(1);
  },
);
