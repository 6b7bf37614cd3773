import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { aspectRatios, modes } from "../generations/settings";
import { rowStatuses } from "../generations/status";

/**
 * One row per generation. The full recipe is stored so a result can always be reproduced; the upstream
 * task id is written the moment APIMart returns it, before anything else happens.
 * Times are epoch milliseconds. Only dialect-neutral types (text, integer, real) so a Postgres schema of the same
 * shape can sit next to this one.
 */
export const generations = sqliteTable(
  "generations",
  {
    id: text("id").primaryKey(),
    /** The account it belongs to (users.id); "" on rows from before accounts, until the owner account claims them. */
    ownerId: text("owner_id").notNull().default(""),
    /** The composer draft's id: a second submit of the same draft finds this row (`INSERT … ON CONFLICT`). */
    draftId: text("draft_id").notNull().unique(),
    /**
     * The Idempotency-Key sent upstream, new for every claim of the draft (so an edited draft after a refused or
     * abandoned submit never meets APIMart's 409). Rows written before this column used the draft id.
     */
    idempotencyKey: text("idempotency_key"),
    /** The prompt exactly as sent, with <<<image_N>>> tokens. */
    prompt: text("prompt").notNull(),
    mode: text("mode", { enum: modes }).notNull(),
    duration: integer("duration").notNull(),
    aspectRatio: text("aspect_ratio", { enum: aspectRatios }).notNull(),
    /** JSON: the recipe's `ImageRef[]`, in image_urls order (older rows: `{ id, url, name }[]`; lib/references reads both). */
    imagesJson: text("images_json").notNull().default("[]"),
    /** JSON: the `VideoRef`, when one was used (older rows: without `check`; lib/references reads both). */
    videoJson: text("video_json"),
    /** JSON: the exact body sent upstream (never contains the key); "" until the recipe is resolved. */
    requestJson: text("request_json").notNull(),
    taskId: text("task_id").unique(),
    status: text("status", { enum: rowStatuses }).notNull(),
    progress: integer("progress").notNull().default(0),
    estimatedTime: integer("estimated_time"),
    errorCode: text("error_code"),
    errorMessage: text("error_message"),
    /** Last poll problem (rate limit, timeout...). The task is still alive; this is only shown as a hint. */
    pollErrorMessage: text("poll_error_message"),
    pollFailures: integer("poll_failures").notNull().default(0),
    pollCount: integer("poll_count").notNull().default(0),
    nextPollAt: integer("next_poll_at"),
    lastPolledAt: integer("last_polled_at"),
    /** Submits sent without a definite answer (timeout, lost connection); resent with the same key. */
    submitAttempts: integer("submit_attempts").notNull().default(0),
    nextSubmitAt: integer("next_submit_at"),
    /** First of an unbroken run of "task not found" answers; a minute of them makes the task `lost`. */
    notFoundSince: integer("not_found_since"),
    copyAttempts: integer("copy_attempts").notNull().default(0),
    nextCopyAt: integer("next_copy_at"),
    /** Times upstream was asked for a fresh result link after the old one answered 404/410. */
    resultRenewals: integer("result_renewals").notNull().default(0),
    /**
     * The lease: one worker (this process or another instance) works on the row at a time. Claimed by an atomic
     * `UPDATE … WHERE lease_until < now RETURNING`; every write of that work checks `lease_token`.
     */
    leaseOwner: text("lease_owner"),
    leaseUntil: integer("lease_until"),
    leaseToken: text("lease_token"),
    upstreamVideoUrl: text("upstream_video_url"),
    upstreamExpiresAt: integer("upstream_expires_at"),
    /** File names inside the media folder once the result is kept by the app. */
    videoFile: text("video_file"),
    posterFile: text("poster_file"),
    videoBytes: integer("video_bytes"),
    cost: real("cost"),
    creditsCost: real("credits_cost"),
    createdAt: integer("created_at").notNull(),
    submittedAt: integer("submitted_at"),
    completedAt: integer("completed_at"),
    updatedAt: integer("updated_at").notNull(),
    /** Set when the creator deletes it; the row stays for a few seconds so the delete can be undone. */
    deletedAt: integer("deleted_at"),
    /** The generation this one re-sends (Retry), if any. */
    retryOf: text("retry_of"),
    /** When the creator starred it (the gallery's Favourites filter); null when not a favourite. */
    favouriteAt: integer("favourite_at"),
    /** Shared by the takes of one "Generate ×N" (the same body sent N times); null for a single submit. */
    takeGroup: text("take_group"),
  },
  (table) => [
    // The gallery's keyset: newest first, ties broken by id (lib/db/generation-list.ts).
    index("generations_created_id").on(table.createdAt, table.id),
    index("generations_status").on(table.status),
    index("generations_owner_created").on(table.ownerId, table.createdAt),
  ],
);

/**
 * Reference images the app keeps (thumbnails, remix and share pages outlive APIMart's 72 h upload URLs).
 * `upstreamUrl` is the URL APIMart gave for the upload; it is refreshed when it has expired.
 */
export const images = sqliteTable(
  "images",
  {
    id: text("id").primaryKey(),
    /** The account that uploaded it ("" before accounts): another account's same bytes are its own row and file. */
    ownerId: text("owner_id").notNull().default(""),
    sha256: text("sha256").notNull(),
    file: text("file").notNull(),
    name: text("name").notNull(),
    contentType: text("content_type").notNull(),
    bytes: integer("bytes").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    upstreamUrl: text("upstream_url"),
    upstreamUploadedAt: integer("upstream_uploaded_at"),
    createdAt: integer("created_at").notNull(),
    /** Last upload, submit or draft that used it; unused images go after a grace period. */
    lastUsedAt: integer("last_used_at"),
    /**
     * Taken out of the owner's library. The row (and file) stay while a generation's recipe still names it, so
     * its thumbnails and remixes keep working; the collector removes it once nothing does.
     */
    deletedAt: integer("deleted_at"),
  },
  // One row per owner and content: two identical uploads at once meet here (`ON CONFLICT (owner_id, sha256)`).
  (table) => [uniqueIndex("images_owner_sha256_unique").on(table.ownerId, table.sha256)],
);

/** Public share links. The slug is the only secret: at least 128 random bits. */
export const shares = sqliteTable(
  "shares",
  {
    slug: text("slug").primaryKey(),
    generationId: text("generation_id")
      .notNull()
      .references(() => generations.id, { onDelete: "cascade" }),
    /** The generation's owner, written with the share ("" before accounts). */
    ownerId: text("owner_id").notNull().default(""),
    hideReferences: integer("hide_references", { mode: "boolean" }).notNull().default(false),
    createdAt: integer("created_at").notNull(),
    revokedAt: integer("revoked_at"),
  },
  (table) => [index("shares_generation").on(table.generationId)],
);

/** Small facts shared by every instance (the upstream pause after a 401/403), as JSON values. */
export const appState = sqliteTable("app_state", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: integer("updated_at").notNull(),
});

export type GenerationRow = typeof generations.$inferSelect;
export type NewGenerationRow = typeof generations.$inferInsert;
export type ImageRow = typeof images.$inferSelect;
export type NewImageRow = typeof images.$inferInsert;
export type ShareRow = typeof shares.$inferSelect;
