/**
 * A composer without React, for tests of its commands and upload pipeline: the real store, pipeline and commands,
 * a fresh draft, a test clock and deterministic ids. Never imported by app code.
 */
import { type ComposerDeps, createComposer } from "@/lib/composer/create-composer";
import type { ComposerServer } from "@/lib/composer/server-port";
import { emptyDraft } from "@/lib/composer/state";
import type { ImageDecoder } from "@/lib/images/preflight";
import type { Uploader } from "@/lib/images/xhr-upload";

export function startComposer({
  server,
  decode,
  upload,
  limits,
  now,
}: {
  server: ComposerServer;
  decode: ImageDecoder;
  upload: Uploader;
  limits?: ComposerDeps["limits"];
  now?: () => number;
}) {
  let next = 0;
  const composer = createComposer({ server, decode, upload, limits, now, newId: () => `id-${++next}-0000` });
  const detach = composer.pipeline.attach();
  composer.commands.hydrate(emptyDraft("draft-test-0001"));
  const state = () => composer.store.getState();
  return { ...composer, detach, state, images: () => state().draft.images };
}

/** Resolves once `condition` holds after pending promises and timers ran (polling every few ms, bounded). */
export async function eventually(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
