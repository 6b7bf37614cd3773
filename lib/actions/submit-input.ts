import "server-only";
import { z } from "zod";
import { env } from "@/lib/env";
import { submitInputSchemaFor } from "@/lib/generations/recipe";

let schema: ReturnType<typeof submitInputSchemaFor> | undefined;

/**
 * The submit input under the server's configured model limits (MAX_IMAGES, PROMPT_LIMIT, …), built on first use
 * so the limits are the running server's, not the build machine's.
 */
export const submitInput = z.lazy(() => {
  schema ??= submitInputSchemaFor(env().capabilities);
  return schema;
});
