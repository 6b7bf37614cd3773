import { limitConcurrency } from "@/lib/images/limit-concurrency";
import type { ImageDecoder, preflightImage } from "@/lib/images/preflight";
import { cropChance } from "@/lib/images/rules";
import type { Uploader } from "@/lib/images/xhr-upload";
import { libraryName } from "@/lib/library/names";
import type { TrayImage } from "@/lib/references/tray-image";
import { objectUrlFor, releaseObjectUrl } from "./object-urls";
import type { ComposerState } from "./state";
import type { ComposerStore } from "./store";

/** The picture checks load with the first image added (they are not needed to draw the composer). */
const preflight: typeof preflightImage = async (file, decode) =>
  (await import("@/lib/images/preflight")).preflightImage(file, decode);

export type UploadPipeline = {
  /** New placeholders for files (status "checking", a local preview); the caller puts them in the tray, then calls run. */
  placeholders(files: ReadonlyArray<{ id: string; file: File }>): TrayImage[];
  /** Checks and uploads the image's file; the tray follows every step through the store. */
  run(id: string): void;
  retry(id: string): void;
  /**
   * Images coming back into the tray (an undo): a ready one as it was, an unfinished one checked again from its
   * kept file (or marked "add it again" when the file was let go). Call run for the ids in `toRun` afterwards.
   */
  revive(images: ReadonlyArray<TrayImage>): { images: TrayImage[]; toRun: string[] };
  /** Starts watching the store; the returned function stops every upload and gives back the previews' memory. */
  attach(): () => void;
};

/** Decoding a large photo takes hundreds of MB of canvas; seven at once can exhaust a phone. */
const PREFLIGHT_CONCURRENCY = 2;
/** Files of removed images kept for undo; older ones are let go. */
const MAX_REMEMBERED_FILES = 20;

/** Server messages about one file name it; generic ones (upstream trouble) get the name added. */
function aboutFile(name: string, message: string): string {
  return message.includes(name) ? message : `${name}: ${message}`;
}

/**
 * Each image's check → upload life, outside React. It watches the store: an image that leaves the tray by any
 * route (×, a remix, a discard) has its upload aborted and its late answers ignored, and a local preview no image
 * shows any more is released, whichever action caused it.
 */
export function createUploadPipeline({
  store,
  decode,
  upload,
}: {
  store: ComposerStore;
  decode: ImageDecoder;
  upload: Uploader;
}): UploadPipeline {
  const files = new Map<string, File>();
  const uploads = new Map<string, AbortController>();
  /** Bumped per run, so a late answer from an earlier run of the same image is ignored. */
  const runs = new Map<string, number>();
  const queue = limitConcurrency(PREFLIGHT_CONCURRENCY);

  const inTray = (id: string) => store.getState().draft.images.some((image) => image.id === id);
  const patch = (id: string, change: Partial<TrayImage>) => store.dispatch({ type: "imagePatched", id, change });

  function stop(id: string) {
    uploads.get(id)?.abort();
    uploads.delete(id);
    runs.set(id, (runs.get(id) ?? 0) + 1);
  }

  function remember(id: string) {
    const file = files.get(id);
    if (!file) return;
    files.delete(id);
    files.set(id, file);
    const forgettable = [...files.keys()].filter((key) => !inTray(key));
    while (files.size > MAX_REMEMBERED_FILES && forgettable.length > 0) {
      const oldest = forgettable.shift();
      if (oldest !== undefined) files.delete(oldest);
    }
  }

  const watch = (state: ComposerState, previous: ComposerState) => {
    if (state.draft.images === previous.draft.images) return;
    const now = new Set(state.draft.images.map((image) => image.id));
    const shown = new Set(state.draft.images.map((image) => image.localPreviewUrl));
    for (const image of previous.draft.images) {
      if (!shown.has(image.localPreviewUrl)) releaseObjectUrl(image.localPreviewUrl);
      if (!now.has(image.id)) {
        stop(image.id);
        remember(image.id);
      }
    }
  };

  async function process(id: string, file: File) {
    const run = (runs.get(id) ?? 0) + 1;
    runs.set(id, run);
    const current = () => runs.get(id) === run && inTray(id);

    patch(id, { status: "checking", progress: 0, error: undefined });
    let checked: Awaited<ReturnType<typeof preflightImage>> | undefined;
    try {
      checked = await queue(() => (current() ? preflight(file, decode) : Promise.resolve(undefined)));
    } catch {
      // A browser failure (canvas out of memory, say), not a rule: the creator may try again.
      if (current())
        patch(id, { status: "failed", error: `${file.name} could not be prepared in this browser. Try again.` });
      return;
    }
    if (!checked || !current()) return;
    if (!checked.ok) {
      files.delete(id);
      const chance = checked.size ? cropChance(checked.size) : null;
      const crop = chance && checked.size ? { message: checked.message, file, ...checked.size, chance } : undefined;
      store.dispatch({ type: "imageDiscarded", id, rejection: checked.message, crop });
      return;
    }
    const { blob, uploadName } = checked.image;
    patch(id, { status: "uploading", progress: 0 });

    const controller = new AbortController();
    uploads.set(id, controller);
    const outcome = await upload(
      { blob, filename: uploadName, name: file.name },
      (progress) => {
        if (current()) patch(id, { progress });
      },
      controller.signal,
    ).catch(() => ({ ok: false as const, retryable: true, message: "The upload failed. Try again." }));
    if (!current() || controller.signal.aborted) return;
    uploads.delete(id);
    if (outcome.ok) {
      // The library's name for these bytes (they may have been added, and renamed, before).
      patch(id, {
        status: "ready",
        progress: 100,
        ref: outcome.image,
        name: outcome.image.name,
        localPreviewUrl: undefined,
        error: undefined,
      });
    } else if (outcome.retryable) {
      patch(id, { status: "failed", error: aboutFile(file.name, outcome.message) });
    } else {
      // The server refused the file itself (a rule the browser could not check, such as HEIC): retrying is pointless.
      files.delete(id);
      store.dispatch({ type: "imageDiscarded", id, rejection: aboutFile(file.name, outcome.message) });
    }
  }

  return {
    placeholders(entries) {
      return entries.map(({ id, file }) => {
        files.set(id, file);
        // Named as the library will name it ("red-car.jpg" → "red-car"), from the first moment.
        return {
          id,
          name: libraryName(file.name),
          localPreviewUrl: objectUrlFor(file),
          status: "checking",
          progress: 0,
        };
      });
    },
    run(id) {
      const file = files.get(id);
      if (file && inTray(id)) void process(id, file);
    },
    retry(id) {
      const image = store.getState().draft.images.find((candidate) => candidate.id === id);
      const file = files.get(id);
      if (image?.status === "failed" && file) void process(id, file);
    },
    revive(images) {
      const toRun: string[] = [];
      const revived = images.map((image): TrayImage => {
        if (image.status === "ready") return { ...image, localPreviewUrl: undefined };
        const file = files.get(image.id);
        if (!file) {
          return {
            ...image,
            localPreviewUrl: undefined,
            status: "failed",
            error: `${image.name} must be added again.`,
          };
        }
        toRun.push(image.id);
        // Its object URL was revoked when it left; a new one is made from the kept file.
        return { ...image, localPreviewUrl: objectUrlFor(file), status: "checking", progress: 0, error: undefined };
      });
      return { images: revived, toRun };
    },
    attach() {
      const unsubscribe = store.subscribe(watch);
      return () => {
        unsubscribe();
        for (const id of [...uploads.keys()]) stop(id);
        for (const image of store.getState().draft.images) releaseObjectUrl(image.localPreviewUrl);
      };
    },
  };
}
