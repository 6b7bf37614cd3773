import type { z } from "zod";
import { AppError } from "@/lib/errors";

/**
 * Parses untrusted input. Messages written in a schema are for the creator and kept; zod's own ("Invalid input:
 * expected string…") are for developers, so they are replaced by one naming the field.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const parsed = schema.safeParse(input, {
    error: (issue) => {
      const path = issue.path?.join(".");
      return path ? `The request is not valid (${path}).` : "The request is not valid.";
    },
  });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join(".") : undefined;
  throw new AppError("invalid_request", issue?.message ?? "The request is not valid.", { field });
}
