DROP INDEX "generations_created_at";--> statement-breakpoint
ALTER TABLE "generations" ADD COLUMN "favourite_at" bigint;--> statement-breakpoint
CREATE INDEX "generations_created_id" ON "generations" USING btree ("created_at","id");