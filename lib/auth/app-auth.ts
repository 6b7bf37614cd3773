import "server-only";
import { appContext } from "@/lib/app-context";
import { type Auth, createAuth } from "./auth";
import { authSecret } from "./secret";

/** One better-auth instance per bundle, like appContext(): all of its state is in the database. */
let auth: Auth | undefined;

export function appAuth(): Auth {
  if (!auth) {
    const context = appContext();
    auth = createAuth({
      db: context.db,
      secret: authSecret(context.config.dataDir),
      baseUrl: context.config.publicBaseUrl,
    });
  }
  return auth;
}
