-- Prompt search on Postgres reads one indexed expression: the prompt with its image tokens opened up, plus the
-- reference images' names (lib/db/prompt-search.ts calls the same function, so the planner can use the index).
CREATE FUNCTION o1_prompt_search_vector(prompt text, images_json text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT to_tsvector('simple'::regconfig,
      replace(replace(prompt, '<<<image_', ' '), '>>>', ' ') || ' ' ||
      coalesce((SELECT string_agg(e->>'name', ' ') FROM json_array_elements(images_json::json) e), ''))
  $$;--> statement-breakpoint
CREATE INDEX "generations_prompt_search" ON "generations" USING gin (o1_prompt_search_vector("prompt", "images_json"));
