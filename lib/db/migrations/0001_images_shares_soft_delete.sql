CREATE TABLE `images` (
	`id` text PRIMARY KEY NOT NULL,
	`sha256` text NOT NULL,
	`file` text NOT NULL,
	`name` text NOT NULL,
	`content_type` text NOT NULL,
	`bytes` integer NOT NULL,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`upstream_url` text,
	`upstream_uploaded_at` integer,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `images_sha256` ON `images` (`sha256`);--> statement-breakpoint
CREATE TABLE `shares` (
	`slug` text PRIMARY KEY NOT NULL,
	`generation_id` text NOT NULL,
	`hide_references` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`generation_id`) REFERENCES `generations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `shares_generation` ON `shares` (`generation_id`);--> statement-breakpoint
ALTER TABLE `generations` ADD `deleted_at` integer;--> statement-breakpoint
ALTER TABLE `generations` ADD `retry_of` text;