import type { SubmitInput } from "@/lib/generations/recipe";
import type { LastSent } from "./state";

/** How long the same unchanged draft, sent again, is taken for the same request (a double press, a second Ctrl+Enter). */
export const REPEAT_WINDOW_MS = 5_000;

/** What a submit asks for, without its key: two submits with equal fingerprints would make the same video. */
export function fingerprint(input: SubmitInput): string {
  const { draftId: _key, ...request } = input;
  return JSON.stringify({
    prompt: request.prompt,
    mode: request.mode,
    duration: request.duration,
    aspectRatio: request.aspectRatio,
    images: (request.images ?? []).map((image) => image.assetId),
    video: request.video ?? null,
  });
}

export type SubmitPlan = { send: false } | { send: true; renewKey: boolean };

/**
 * Whether a submit goes out, and under which key. A key that made a task is used up: a changed draft, a repeat
 * after the window or an explicit second take gets a new one. The unchanged draft within the window is not sent
 * at all; if it were, it would still carry the used key and the server would answer with the first task.
 */
export function planSubmit({
  lastSent,
  draftId,
  print,
  now,
  anotherTake,
}: {
  lastSent: LastSent | null;
  draftId: string;
  print: string;
  now: number;
  anotherTake: boolean;
}): SubmitPlan {
  if (!lastSent || lastSent.draftId !== draftId) return { send: true, renewKey: false };
  if (anotherTake) return { send: true, renewKey: true };
  if (lastSent.fingerprint === print && now - lastSent.at < REPEAT_WINDOW_MS) return { send: false };
  return { send: true, renewKey: true };
}
