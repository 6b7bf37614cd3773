import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import type { Db } from "@/lib/db/client";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./limits";

export type AuthOptions = { db: Db; secret: string; baseUrl: string };

/**
 * better-auth over the app's own database (Drizzle adapter): sessions are rows, not process memory, so several
 * instances share them. Public sign-up is off: accounts are made by the app's own rules (first-run owner,
 * invites, open sign-up, the users script) through `createAccount`; better-auth signs in, out and changes passwords.
 */
export function createAuth({ db, secret, baseUrl }: AuthOptions) {
  const { accounts, authRateLimits, sessions, users, verifications } = db.tables;
  return betterAuth({
    appName: "O1 Studio",
    baseURL: baseUrl,
    basePath: "/api/auth",
    secret,
    trustedOrigins: [baseUrl],
    database: drizzleAdapter(db, {
      // The handle's own engine: its tables are that dialect's twins (lib/db/client.ts, client-pg.ts).
      provider: db.engine === "postgres" ? "pg" : "sqlite",
      schema: {
        user: users,
        session: sessions,
        account: accounts,
        verification: verifications,
        rateLimit: authRateLimits,
      },
    }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
    },
    user: {
      additionalFields: { role: { type: "string", required: false, defaultValue: "member", input: false } },
    },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    // Counted in the database (every instance sees the same attempts); sign-in is the endpoint worth guessing at.
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": { window: 60, max: 10 }, "/change-password": { window: 60, max: 10 } },
    },
    telemetry: { enabled: false },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;
