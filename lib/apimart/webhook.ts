import { z } from "zod";
import { AppError } from "@/lib/errors";
import { toUpstreamTask } from "./normalize";
import { taskResponseSchema } from "./schemas";
import { redactSecrets, truncate } from "./text";
import type { UpstreamTask } from "./types";

/**
 * Parses a task payload that did not come through the client, i.e. a webhook POST (documented without the
 * `{code,data}` envelope, but accepted either way). Same normalisation as polling, so both paths agree.
 */
export function parseTaskPayload(payload: unknown): UpstreamTask {
  const result = taskResponseSchema.safeParse(payload);
  if (!result.success || result.data.id === undefined) {
    const why = result.success ? "payload has no task id" : z.prettifyError(result.error);
    throw new AppError("invalid_request", "The task notification could not be read.", {
      detail: `APIMart task payload rejected: ${why}; payload: ${truncate(redactSecrets(JSON.stringify(payload) ?? String(payload)))}`,
    });
  }
  return toUpstreamTask(result.data, result.data.id);
}
