CREATE TABLE "app_state" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "generations" (
	"id" text PRIMARY KEY NOT NULL,
	"draft_id" text NOT NULL,
	"idempotency_key" text,
	"prompt" text NOT NULL,
	"mode" text NOT NULL,
	"duration" integer NOT NULL,
	"aspect_ratio" text NOT NULL,
	"images_json" text DEFAULT '[]' NOT NULL,
	"video_json" text,
	"request_json" text NOT NULL,
	"task_id" text,
	"status" text NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"estimated_time" integer,
	"error_code" text,
	"error_message" text,
	"poll_error_message" text,
	"poll_failures" integer DEFAULT 0 NOT NULL,
	"poll_count" integer DEFAULT 0 NOT NULL,
	"next_poll_at" bigint,
	"last_polled_at" bigint,
	"submit_attempts" integer DEFAULT 0 NOT NULL,
	"next_submit_at" bigint,
	"not_found_since" bigint,
	"copy_attempts" integer DEFAULT 0 NOT NULL,
	"next_copy_at" bigint,
	"result_renewals" integer DEFAULT 0 NOT NULL,
	"lease_owner" text,
	"lease_until" bigint,
	"lease_token" text,
	"upstream_video_url" text,
	"upstream_expires_at" bigint,
	"video_file" text,
	"poster_file" text,
	"video_bytes" bigint,
	"cost" double precision,
	"credits_cost" double precision,
	"created_at" bigint NOT NULL,
	"submitted_at" bigint,
	"completed_at" bigint,
	"updated_at" bigint NOT NULL,
	"deleted_at" bigint,
	"retry_of" text,
	CONSTRAINT "generations_draft_id_unique" UNIQUE("draft_id"),
	CONSTRAINT "generations_task_id_unique" UNIQUE("task_id")
);
--> statement-breakpoint
CREATE TABLE "images" (
	"id" text PRIMARY KEY NOT NULL,
	"sha256" text NOT NULL,
	"file" text NOT NULL,
	"name" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" bigint NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"upstream_url" text,
	"upstream_uploaded_at" bigint,
	"created_at" bigint NOT NULL,
	"last_used_at" bigint
);
--> statement-breakpoint
CREATE TABLE "shares" (
	"slug" text PRIMARY KEY NOT NULL,
	"generation_id" text NOT NULL,
	"hide_references" boolean DEFAULT false NOT NULL,
	"created_at" bigint NOT NULL,
	"revoked_at" bigint
);
--> statement-breakpoint
ALTER TABLE "shares" ADD CONSTRAINT "shares_generation_id_generations_id_fk" FOREIGN KEY ("generation_id") REFERENCES "public"."generations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "generations_created_at" ON "generations" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "generations_status" ON "generations" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "images_sha256_unique" ON "images" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "shares_generation" ON "shares" USING btree ("generation_id");