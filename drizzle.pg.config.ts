import { defineConfig } from "drizzle-kit";

/** Postgres migrations (`npm run db:generate:pg`); `drizzle.config.ts` is the SQLite twin. */
export default defineConfig({
  dialect: "postgresql",
  schema: ["./lib/db/schema-pg.ts", "./lib/db/auth-schema-pg.ts"],
  out: "./lib/db/migrations-pg",
});
