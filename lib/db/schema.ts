import { index, integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { aspectRatios, modes } from "../generations/settings";
import { rowStatuses } from "../generations/status";

/**
 * One row per generation. The full recipe is stored so a result can always be reproduced; the upstream
 * task id is written the moment APIMart returns it, before anything else happens.
 * Times are epoch milliseconds.
 */
export const generations = sqliteTable(
  "generations",
  {
    id: text("id").primaryKey(),
    /** Idempotency key of the composer draft: a second submit of the same draft finds this row. */
    draftId: text("draft_id").notNull().unique(),
    /** The prompt exactly as sent, with <<<image_N>>> tokens. */
    prompt: text("prompt").notNull(),
    mode: text("mode", { enum: modes }).notNull(),
    duration: integer("duration").notNull(),
    aspectRatio: text("aspect_ratio", { enum: aspectRatios }).notNull(),
    /** JSON: the recipe's `ImageRef[]`, in image_urls order (older rows: `{ id, url, name }[]`; lib/references reads both). */
    imagesJson: text("images_json").notNull().default("[]"),
    /** JSON: the `VideoRef`, when one was used (older rows: without `check`; lib/references reads both). */
    videoJson: text("video_json"),
    /** JSON: the exact body sent upstream (never contains the key). */
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
  },
  (table) => [index("generations_created_at").on(table.createdAt), index("generations_status").on(table.status)],
);

/**
 * Reference images the app keeps (thumbnails, remix and share pages outlive APIMart's 72 h upload URLs).
 * `upstreamUrl` is the URL APIMart gave for the upload; it is refreshed when it has expired.
 */
export const images = sqliteTable(
  "images",
  {
    id: text("id").primaryKey(),
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
  },
  (table) => [index("images_sha256").on(table.sha256)],
);

/** Public share links. The slug is the only secret: at least 128 random bits. */
export const shares = sqliteTable(
  "shares",
  {
    slug: text("slug").primaryKey(),
    generationId: text("generation_id")
      .notNull()
      .references(() => generations.id, { onDelete: "cascade" }),
    hideReferences: integer("hide_references", { mode: "boolean" }).notNull().default(false),
    createdAt: integer("created_at").notNull(),
    revokedAt: integer("revoked_at"),
  },
  (table) => [index("shares_generation").on(table.generationId)],
);

export type GenerationRow = typeof generations.$inferSelect;
export type NewGenerationRow = typeof generations.$inferInsert;
export type ImageRow = typeof images.$inferSelect;
export type NewImageRow = typeof images.$inferInsert;
export type ShareRow = typeof shares.$inferSelect;
