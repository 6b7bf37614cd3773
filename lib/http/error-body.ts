import { z } from "zod";
import { errorCodes, type UserError } from "@/lib/errors";

/**
 * The one error JSON of every route handler: `{ error: { code, message, field? } }`, with the status
 * `httpStatus(code)` chooses. Pure, so the browser reads it with the same schema the server writes it by.
 */
export type ErrorBody = { error: UserError };

export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(errorCodes).catch("internal"),
    message: z.string().min(1),
    field: z.string().optional(),
  }),
});

/** The error in a route handler's answer, or undefined when the body is not the app's error JSON. */
export function readErrorBody(json: unknown): UserError | undefined {
  const parsed = errorBodySchema.safeParse(json);
  if (!parsed.success) return undefined;
  const { code, message, field } = parsed.data.error;
  return field === undefined ? { code, message } : { code, message, field };
}
