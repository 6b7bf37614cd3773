import { bigint, boolean, doublePrecision, index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { aspectRatios, modes } from "../generations/settings";
import { rowStatuses } from "../generations/status";

/**
 * The Postgres twin of `schema.ts` (SQLite): the same tables, columns, names, defaults and row types. The
 * SQLite schema is the reference; `schema-parity.test.ts` fails (at typecheck and at run time) when the two differ.
 *
 * Column types, SQLite → Postgres:
 * - epoch milliseconds, byte counts: `integer` → `bigint({ mode: "number" })` (ms overflow a 32-bit int); the
 *   parity test knows them by name (`*_at`, `*_since`, `*_until`, `*bytes`), so name new ones the same way;
 * - small counts and enums-as-numbers: `integer` → `integer`;
 * - `real` → `doublePrecision`;
 * - `integer({ mode: "boolean" })` → `boolean`;
 * - `text` (with or without `enum`) → `text` (same `enum`).
 *
 * Adding a column (both dialects, one step each):
 * 1. add it to `schema.ts` and here, same JS key, SQL name, nullability and default;
 * 2. `npm run db:generate` (SQLite) and `npm run db:generate:pg` (Postgres) write one migration each;
 * 3. `npx vitest run lib/db/schema-parity.test.ts` and `npm run typecheck` prove the two still match.
 */
const ms = (name: string) => bigint(name, { mode: "number" });

export const generations = pgTable(
  "generations",
  {
    id: text("id").primaryKey(),
    ownerId: text("owner_id").notNull().default(""),
    draftId: text("draft_id").notNull().unique(),
    idempotencyKey: text("idempotency_key"),
    prompt: text("prompt").notNull(),
    mode: text("mode", { enum: modes }).notNull(),
    duration: integer("duration").notNull(),
    aspectRatio: text("aspect_ratio", { enum: aspectRatios }).notNull(),
    imagesJson: text("images_json").notNull().default("[]"),
    videoJson: text("video_json"),
    requestJson: text("request_json").notNull(),
    taskId: text("task_id").unique(),
    status: text("status", { enum: rowStatuses }).notNull(),
    progress: integer("progress").notNull().default(0),
    estimatedTime: integer("estimated_time"),
    errorCode: text("error_code"),
    errorMessage: text("error_message"),
    pollErrorMessage: text("poll_error_message"),
    pollFailures: integer("poll_failures").notNull().default(0),
    pollCount: integer("poll_count").notNull().default(0),
    nextPollAt: ms("next_poll_at"),
    lastPolledAt: ms("last_polled_at"),
    submitAttempts: integer("submit_attempts").notNull().default(0),
    nextSubmitAt: ms("next_submit_at"),
    notFoundSince: ms("not_found_since"),
    copyAttempts: integer("copy_attempts").notNull().default(0),
    nextCopyAt: ms("next_copy_at"),
    resultRenewals: integer("result_renewals").notNull().default(0),
    leaseOwner: text("lease_owner"),
    leaseUntil: ms("lease_until"),
    leaseToken: text("lease_token"),
    upstreamVideoUrl: text("upstream_video_url"),
    upstreamExpiresAt: ms("upstream_expires_at"),
    videoFile: text("video_file"),
    posterFile: text("poster_file"),
    videoBytes: bigint("video_bytes", { mode: "number" }),
    cost: doublePrecision("cost"),
    creditsCost: doublePrecision("credits_cost"),
    createdAt: ms("created_at").notNull(),
    submittedAt: ms("submitted_at"),
    completedAt: ms("completed_at"),
    updatedAt: ms("updated_at").notNull(),
    deletedAt: ms("deleted_at"),
    retryOf: text("retry_of"),
    favouriteAt: ms("favourite_at"),
    /** Shared by the takes of one "Generate ×N" (the same body sent N times); null for a single submit. */
    takeGroup: text("take_group"),
  },
  (table) => [
    index("generations_created_id").on(table.createdAt, table.id),
    index("generations_status").on(table.status),
    index("generations_owner_created").on(table.ownerId, table.createdAt),
  ],
);

export const images = pgTable(
  "images",
  {
    id: text("id").primaryKey(),
    ownerId: text("owner_id").notNull().default(""),
    sha256: text("sha256").notNull(),
    file: text("file").notNull(),
    name: text("name").notNull(),
    contentType: text("content_type").notNull(),
    bytes: bigint("bytes", { mode: "number" }).notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    upstreamUrl: text("upstream_url"),
    upstreamUploadedAt: ms("upstream_uploaded_at"),
    createdAt: ms("created_at").notNull(),
    lastUsedAt: ms("last_used_at"),
    deletedAt: ms("deleted_at"),
  },
  (table) => [uniqueIndex("images_owner_sha256_unique").on(table.ownerId, table.sha256)],
);

export const shares = pgTable(
  "shares",
  {
    slug: text("slug").primaryKey(),
    generationId: text("generation_id")
      .notNull()
      .references(() => generations.id, { onDelete: "cascade" }),
    ownerId: text("owner_id").notNull().default(""),
    hideReferences: boolean("hide_references").notNull().default(false),
    createdAt: ms("created_at").notNull(),
    revokedAt: ms("revoked_at"),
  },
  (table) => [index("shares_generation").on(table.generationId)],
);

export const appState = pgTable("app_state", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: ms("updated_at").notNull(),
});
