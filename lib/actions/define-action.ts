import "server-only";
import type { z } from "zod";
import { toUserError } from "@/lib/errors";
import { logFailure } from "@/lib/log-failure";
import { parseInput } from "@/lib/parse-input";
import { type Caller, checkAccess, currentCaller } from "./access";
import type { ActionResult } from "./result";

export type ActionContext = { caller: Caller };

export type ActionDefinition<Schema extends z.ZodType, T> = {
  /** For logs and the access check ("submit-generation"). */
  name: string;
  input: Schema;
  /** Throw an AppError for a failure the caller should see; anything else is logged and answered as `internal`. */
  run: (input: z.output<Schema>, context: ActionContext) => Promise<T> | T;
};

/**
 * The one shape of a server action: parse the unknown input with zod, check access, run, and answer with
 * `ActionResult`. Nothing a server action receives is trusted, and nothing it throws reaches the browser raw.
 */
export function defineAction<Schema extends z.ZodType, T>(
  definition: ActionDefinition<Schema, T>,
): (input: unknown) => Promise<ActionResult<T>> {
  return async (input) => {
    try {
      // Access first: an anonymous caller learns nothing about an action, not even what input it takes.
      const caller = await currentCaller();
      await checkAccess({ action: definition.name, caller });
      const parsed = parseInput(definition.input, input);
      return { ok: true, data: await definition.run(parsed, { caller }) };
    } catch (error) {
      logFailure(definition.name, error);
      return { ok: false, error: toUserError(error) };
    }
  };
}
