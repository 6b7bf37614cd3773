import type { APIRequestContext } from "@playwright/test";
import { serverActions } from "./malformed-inputs";

/**
 * Calls a server action by its exported name the way Next's client does (POST with `next-action`), with the
 * request context's cookies. Answers the raw RSC text, in which the action's `ActionResult` JSON appears.
 */
export async function callAction(request: APIRequestContext, baseUrl: string, name: string, input: unknown) {
  const action = serverActions().find((candidate) => candidate.name === name);
  if (!action) throw new Error(`no server action ${name} in the build`);
  const response = await request.post(`${baseUrl}/`, {
    headers: { "next-action": action.id, "content-type": "text/plain;charset=UTF-8", origin: baseUrl },
    data: JSON.stringify([input]),
  });
  return { status: response.status(), text: await response.text() };
}
