import { checkReferenceVideo } from "@/app/actions/check-reference-video";
import { remixShare } from "@/app/actions/remix-share";
import { resultAsReference } from "@/app/actions/result-as-reference";
import { submitGeneration } from "@/app/actions/submit-generation";
import { submitTakes } from "@/app/actions/submit-takes";
import { type ActionResult, settle } from "@/lib/actions/result";
import type { ComposerServer } from "@/lib/composer/server-port";
import type { Recipe } from "@/lib/generations/recipe";
import { readErrorBody } from "@/lib/http/error-body";
import { readUploadedVideo } from "@/lib/references/uploaded-video";

const failure = (message: string) => ({ ok: false as const, error: { code: "network" as const, message } });

/** Route handlers answer `{ error }` on failure; anything else unreadable is said plainly, never as a raw status. */
async function readJson<T>(
  response: Response | null,
  parse: (body: unknown) => T | undefined,
  unreachable: string,
): Promise<ActionResult<T>> {
  if (!response) return failure(unreachable);
  const body: unknown = await response.json().catch(() => null);
  const data = response.ok ? parse(body) : undefined;
  if (data !== undefined) return { ok: true, data };
  const error = readErrorBody(body);
  return error ? { ok: false, error } : failure(unreachable);
}

/** The composer's server port in the browser: server actions for writes, route handlers for files and reads. */
export const browserServer: ComposerServer = {
  submit: (input) =>
    settle(submitGeneration(input), "Could not reach O1 Studio's server. Your draft is kept; try again."),
  submitTakes: (input) =>
    settle(submitTakes(input), "Could not reach O1 Studio's server. Your draft is kept; try again."),
  checkVideo: (input) => settle(checkReferenceVideo(input)),
  videoFromResult: (input) => settle(resultAsReference(input)),
  async uploadVideo(file, referType) {
    const params = new URLSearchParams({ name: file.name, referType });
    const response = await fetch(`/api/videos?${params}`, { method: "POST", body: file }).catch(() => null);
    return readJson(response, readUploadedVideo, "The upload did not reach O1 Studio's server. Try again.");
  },
  // The shared images are copied into the signed-in visitor's own library: their submit names their own assets.
  sharedRecipe: (slug) => settle<Recipe>(remixShare({ slug }), "That shared recipe is no longer available."),
};
