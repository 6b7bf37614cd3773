DROP INDEX `images_sha256_unique`;--> statement-breakpoint
ALTER TABLE `images` ADD `owner_id` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `images_owner_sha256_unique` ON `images` (`owner_id`,`sha256`);--> statement-breakpoint
ALTER TABLE `generations` ADD `owner_id` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `generations_owner_created` ON `generations` (`owner_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `shares` ADD `owner_id` text DEFAULT '' NOT NULL;