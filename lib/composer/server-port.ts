import type { ActionResult } from "@/lib/actions/result";
import type { Recipe, SubmitInput } from "@/lib/generations/recipe";
import type { ReferType } from "@/lib/generations/settings";
import type { GenerationView } from "@/lib/generations/view";
import type { VideoCheck } from "@/lib/references/video-ref";

export type CheckedVideo = { url: string; check: VideoCheck };

/**
 * Everything the composer asks of O1 Studio's server, as one port: the browser wires in the server actions and
 * route handlers, unit tests a fake. Every call answers an ActionResult and never throws.
 */
export type ComposerServer = {
  submit(input: SubmitInput): Promise<ActionResult<{ generation: GenerationView; duplicate: boolean }>>;
  /** "Generate ×N": the same input sent `takes` times, admitted whole by the limits or refused whole. */
  submitTakes(
    input: SubmitInput & { takes: number },
  ): Promise<ActionResult<{ generations: GenerationView[]; stopped: { message: string } | null }>>;
  checkVideo(input: { url: string; referType: ReferType }): Promise<ActionResult<VideoCheck>>;
  /** A past result as the reference video, checked, in one round trip. */
  videoFromResult(input: { generationId: string; referType: ReferType }): Promise<ActionResult<CheckedVideo>>;
  uploadVideo(file: File, referType: ReferType): Promise<ActionResult<CheckedVideo>>;
  sharedRecipe(slug: string): Promise<ActionResult<Recipe>>;
};
