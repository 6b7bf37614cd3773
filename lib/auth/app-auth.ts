import "server-only";
import { appContext } from "@/lib/app-context";
import { type Auth, createAuth } from "./auth";
import { authSecret } from "./secret";

/** One better-auth instance per bundle, like appContext(): all of its state is in the database. */
let auth: Auth | undefined;

export function appAuth(): Auth {
  if (!auth) {
    const context = appContext();
    if (context.config.scale.databaseUrl && !process.env.BETTER_AUTH_SECRET?.trim()) {
      // A shared database means several instances, each with its own DATA_DIR: their generated keys differ,
      // and a session made on one would be refused by the others.
      console.warn("[o1-studio] DATABASE_URL is set without BETTER_AUTH_SECRET: give every instance the same one.");
    }
    auth = createAuth({
      db: context.db,
      secret: authSecret(context.config.dataDir),
      baseUrl: context.config.publicBaseUrl,
    });
  }
  return auth;
}
