DROP INDEX `generations_created_at`;--> statement-breakpoint
CREATE INDEX `generations_created_id` ON `generations` (`created_at`,`id`);