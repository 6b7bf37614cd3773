import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/**
 * better-auth's tables (mapped by model name in lib/auth/auth.ts), plus the app's own account facts. Times are
 * epoch-ms integers (`timestamp_ms`: better-auth hands Dates, Drizzle stores milliseconds), plural table names
 * (`user` is reserved in PostgreSQL), booleans as 0/1 integers: the same shape can be declared for PostgreSQL.
 */
const epochMs = (name: string) => integer(name, { mode: "timestamp_ms" });

export const users = sqliteTable(
  "users",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    email: text("email").notNull().unique(),
    emailVerified: integer("email_verified", { mode: "boolean" }).notNull().default(false),
    image: text("image"),
    /** "owner" (exactly one, the first account) or "member". */
    role: text("role", { enum: ["owner", "member"] })
      .notNull()
      .default("member"),
    createdAt: epochMs("created_at").notNull(),
    updatedAt: epochMs("updated_at").notNull(),
  },
  // A partial unique index, in SQLite and PostgreSQL alike: two first-run sign-ups at once cannot both be owner.
  (table) => [uniqueIndex("users_one_owner").on(table.role).where(sql`role = 'owner'`)],
);

export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    expiresAt: epochMs("expires_at").notNull(),
    token: text("token").notNull().unique(),
    createdAt: epochMs("created_at").notNull(),
    updatedAt: epochMs("updated_at").notNull(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (table) => [index("sessions_user").on(table.userId)],
);

export const accounts = sqliteTable(
  "accounts",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: epochMs("access_token_expires_at"),
    refreshTokenExpiresAt: epochMs("refresh_token_expires_at"),
    scope: text("scope"),
    /** The password hash (better-auth's scrypt), for provider "credential". */
    password: text("password"),
    createdAt: epochMs("created_at").notNull(),
    updatedAt: epochMs("updated_at").notNull(),
  },
  (table) => [index("accounts_user").on(table.userId)],
);

export const verifications = sqliteTable(
  "verifications",
  {
    id: text("id").primaryKey(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: epochMs("expires_at").notNull(),
    createdAt: epochMs("created_at").notNull(),
    updatedAt: epochMs("updated_at").notNull(),
  },
  (table) => [index("verifications_identifier").on(table.identifier)],
);

/** better-auth's request counters (sign-in attempts), in the database so every instance counts the same. */
export const authRateLimits = sqliteTable("auth_rate_limits", {
  id: text("id").primaryKey(),
  key: text("key").notNull().unique(),
  count: integer("count").notNull(),
  lastRequest: integer("last_request").notNull(),
});

export type UserRow = typeof users.$inferSelect;

/**
 * Invite links the owner hands out: single use (claimed by one atomic `UPDATE … WHERE used_at IS NULL AND
 * expires_at > now RETURNING`), expiring. Only the SHA-256 of the token is stored; the link carries the token.
 */
export const invites = sqliteTable(
  "invites",
  {
    id: text("id").primaryKey(),
    tokenHash: text("token_hash").notNull().unique(),
    createdBy: text("created_by")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: integer("created_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
    usedAt: integer("used_at"),
    usedBy: text("used_by"),
    revokedAt: integer("revoked_at"),
  },
  (table) => [index("invites_expires").on(table.expiresAt)],
);

export type InviteRow = typeof invites.$inferSelect;

/**
 * Per-account request counters for the studio's own limits: one row per account, kind and minute, bumped by
 * `INSERT … ON CONFLICT (key) DO UPDATE SET count = count + 1 RETURNING count`, so every instance counts the same.
 */
export const rateCounters = sqliteTable(
  "rate_counters",
  {
    key: text("key").primaryKey(),
    count: integer("count").notNull(),
    windowStart: integer("window_start").notNull(),
  },
  (table) => [index("rate_counters_window").on(table.windowStart)],
);
