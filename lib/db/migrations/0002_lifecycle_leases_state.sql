CREATE TABLE `app_state` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
DROP INDEX `images_sha256`;--> statement-breakpoint
ALTER TABLE `images` ADD `last_used_at` integer;--> statement-breakpoint
UPDATE `images` SET `last_used_at` = `created_at`;--> statement-breakpoint
-- Older versions could store the same bytes twice (a row whose file had gone missing was passed over). The newest
-- row stays the one found by content; older ones keep serving the generations that name them by id.
UPDATE `images` SET `sha256` = `sha256` || ':superseded:' || `id` WHERE rowid NOT IN (SELECT max(rowid) FROM `images` GROUP BY `sha256`);--> statement-breakpoint
CREATE UNIQUE INDEX `images_sha256_unique` ON `images` (`sha256`);--> statement-breakpoint
ALTER TABLE `generations` ADD `idempotency_key` text;--> statement-breakpoint
ALTER TABLE `generations` ADD `submit_attempts` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `generations` ADD `next_submit_at` integer;--> statement-breakpoint
ALTER TABLE `generations` ADD `not_found_since` integer;--> statement-breakpoint
ALTER TABLE `generations` ADD `copy_attempts` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `generations` ADD `next_copy_at` integer;--> statement-breakpoint
ALTER TABLE `generations` ADD `result_renewals` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `generations` ADD `lease_owner` text;--> statement-breakpoint
ALTER TABLE `generations` ADD `lease_until` integer;--> statement-breakpoint
ALTER TABLE `generations` ADD `lease_token` text;--> statement-breakpoint
-- Rows sent before keys were per claim used the draft id as their Idempotency-Key.
UPDATE `generations` SET `idempotency_key` = `draft_id` WHERE `idempotency_key` IS NULL;--> statement-breakpoint
-- "Finished upstream, copy not kept yet" was `processing` with a link and no file; it is its own state now.
UPDATE `generations` SET `status` = 'saving' WHERE `status` = 'processing' AND `upstream_video_url` IS NOT NULL AND `video_file` IS NULL;
