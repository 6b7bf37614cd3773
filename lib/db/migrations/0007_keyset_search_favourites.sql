DROP INDEX `generations_created_at`;--> statement-breakpoint
CREATE INDEX `generations_created_id` ON `generations` (`created_at`,`id`);--> statement-breakpoint
ALTER TABLE `generations` ADD `favourite_at` integer;--> statement-breakpoint
-- Prompt search (SQLite FTS5, lib/db/prompt-search.ts). The index holds the prompt with its <<<image_N>>>
-- tokens opened up (so "image" is not a word of every prompt with a chip) and the names of its reference
-- images (so "car.jpg" finds the takes made from it). Triggers keep it in step with every write; the table
-- is invisible to drizzle-kit (it only diffs lib/db/schema.ts), so later generated migrations leave it alone.
CREATE VIRTUAL TABLE `generations_fts` USING fts5(`prompt`, `names`, tokenize = 'unicode61 remove_diacritics 2');--> statement-breakpoint
CREATE TRIGGER `generations_fts_insert` AFTER INSERT ON `generations` BEGIN
  INSERT INTO `generations_fts` (rowid, `prompt`, `names`) VALUES (
    new.rowid,
    replace(replace(new.`prompt`, '<<<image_', ' '), '>>>', ' '),
    (SELECT group_concat(json_extract(value, '$.name'), ' ') FROM json_each(new.`images_json`))
  );
END;--> statement-breakpoint
CREATE TRIGGER `generations_fts_delete` AFTER DELETE ON `generations` BEGIN
  DELETE FROM `generations_fts` WHERE rowid = old.rowid;
END;--> statement-breakpoint
CREATE TRIGGER `generations_fts_update` AFTER UPDATE OF `prompt`, `images_json` ON `generations` BEGIN
  DELETE FROM `generations_fts` WHERE rowid = old.rowid;
  INSERT INTO `generations_fts` (rowid, `prompt`, `names`) VALUES (
    new.rowid,
    replace(replace(new.`prompt`, '<<<image_', ' '), '>>>', ' '),
    (SELECT group_concat(json_extract(value, '$.name'), ' ') FROM json_each(new.`images_json`))
  );
END;--> statement-breakpoint
INSERT INTO `generations_fts` (rowid, `prompt`, `names`)
  SELECT rowid, replace(replace(`prompt`, '<<<image_', ' '), '>>>', ' '),
    (SELECT group_concat(json_extract(value, '$.name'), ' ') FROM json_each(`images_json`))
  FROM `generations`;
