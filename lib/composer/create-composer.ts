import type { ImageDecoder } from "@/lib/images/preflight";
import type { Uploader } from "@/lib/images/xhr-upload";
import { type ComposerCommands, createComposerCommands } from "./commands";
import { newId as randomId } from "./object-urls";
import type { ComposerServer } from "./server-port";
import { type ComposerStore, createComposerStore } from "./store";
import { type CountLimits, defaultCountLimits } from "./tray";
import { createUploadPipeline, type UploadPipeline } from "./upload-pipeline";

export type ComposerDeps = {
  server: ComposerServer;
  /** The browser's canvas decoder in the app; replaceable in tests. */
  decode: ImageDecoder;
  /** XMLHttpRequest to /api/uploads in the app; replaceable in tests. */
  upload: Uploader;
  limits?: CountLimits;
  now?: () => number;
  newId?: () => string;
};

export type Composer = {
  store: ComposerStore;
  pipeline: UploadPipeline;
  commands: ComposerCommands;
  limits: CountLimits;
};

/** The store, the upload pipeline watching it, and the commands over both: one composer, no React. */
export function createComposer({
  server,
  decode,
  upload,
  limits = defaultCountLimits,
  now,
  newId = randomId,
}: ComposerDeps): Composer {
  const store = createComposerStore();
  const pipeline = createUploadPipeline({ store, decode, upload });
  const commands = createComposerCommands({ store, pipeline, server, limits, now, newId });
  return { store, pipeline, commands, limits };
}
