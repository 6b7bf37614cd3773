CREATE TABLE `generations` (
	`id` text PRIMARY KEY NOT NULL,
	`draft_id` text NOT NULL,
	`prompt` text NOT NULL,
	`mode` text NOT NULL,
	`duration` integer NOT NULL,
	`aspect_ratio` text NOT NULL,
	`images_json` text DEFAULT '[]' NOT NULL,
	`video_json` text,
	`request_json` text NOT NULL,
	`task_id` text,
	`status` text NOT NULL,
	`progress` integer DEFAULT 0 NOT NULL,
	`estimated_time` integer,
	`error_code` text,
	`error_message` text,
	`poll_error_message` text,
	`poll_failures` integer DEFAULT 0 NOT NULL,
	`poll_count` integer DEFAULT 0 NOT NULL,
	`next_poll_at` integer,
	`last_polled_at` integer,
	`upstream_video_url` text,
	`upstream_expires_at` integer,
	`video_file` text,
	`poster_file` text,
	`video_bytes` integer,
	`cost` real,
	`credits_cost` real,
	`created_at` integer NOT NULL,
	`submitted_at` integer,
	`completed_at` integer,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `generations_draft_id_unique` ON `generations` (`draft_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `generations_task_id_unique` ON `generations` (`task_id`);--> statement-breakpoint
CREATE INDEX `generations_created_at` ON `generations` (`created_at`);--> statement-breakpoint
CREATE INDEX `generations_status` ON `generations` (`status`);