/**
 * Test support for the composer and its tray (jsdom and Node): the real ComposerProvider with uploads and decoding
 * the test controls, a server port that answers from memory, real image files made with sharp. Never imported by
 * app code.
 */
import { render } from "@testing-library/react";
import { type Ref, useImperativeHandle } from "react";
import { ComposerProvider } from "@/components/composer/composer-provider";
import { ImageTray } from "@/components/tray/image-tray";
import { Toaster } from "@/components/ui/toaster";
import { useComposerContext } from "@/hooks/composer-context";
import { type Tray, useTray } from "@/hooks/use-tray";
import type { Composer } from "@/lib/composer/create-composer";
import type { ComposerServer } from "@/lib/composer/server-port";
import type { CountLimits } from "@/lib/composer/tray";
import type { ImageDecoder } from "@/lib/images/preflight";
import type { Uploader, UploadInput, UploadOutcome } from "@/lib/images/xhr-upload";
import { libraryName } from "@/lib/library/names";
import type { VideoRef } from "@/lib/references/video-ref";
import { png } from "@/test-support/test-images";

const notCalled = (name: string) => () => Promise.reject(new Error(`${name} was not expected in this test`));

/** A server port for tests: every call fails loudly unless the test supplies it. */
export function fakeServer(overrides: Partial<ComposerServer> = {}): ComposerServer {
  return {
    submit: notCalled("submit"),
    submitTakes: notCalled("submitTakes"),
    checkVideo: notCalled("checkVideo"),
    videoFromResult: notCalled("videoFromResult"),
    uploadVideo: notCalled("uploadVideo"),
    sharedRecipe: notCalled("sharedRecipe"),
    ...overrides,
  };
}

export const checkedVideo: VideoRef = {
  url: "https://v.test/clip.mp4",
  referType: "feature",
  keepOriginalSound: false,
  check: { durationSeconds: 5, width: 1280, height: 720, fps: 30, description: "1280×720 · 5.0 s · 30 fps · MP4" },
};

type HarnessProps = {
  decode: ImageDecoder;
  upload: Uploader;
  limits?: CountLimits;
  server?: ComposerServer;
  onInsert?: (id: string) => void;
};

function Handles({ trayRef, composerRef }: { trayRef: Ref<Tray>; composerRef: Ref<Composer> }) {
  const tray = useTray();
  const { composer } = useComposerContext();
  useImperativeHandle(trayRef, () => tray, [tray]);
  useImperativeHandle(composerRef, () => composer, [composer]);
  return null;
}

/** The tray inside a real composer, with a fresh draft (localStorage is cleared first). */
export function renderTray({ decode, upload, limits, server = fakeServer(), onInsert }: HarnessProps) {
  window.localStorage.clear();
  const trayRef: { current: Tray | null } = { current: null };
  const composerRef: { current: Composer | null } = { current: null };
  const view = render(
    <Toaster>
      <ComposerProvider server={server} decode={decode} upload={upload} limits={limits} onSubmitted={() => {}}>
        <ImageTray onInsert={onInsert} />
        <Handles trayRef={trayRef} composerRef={composerRef} />
      </ComposerProvider>
    </Toaster>,
  );
  const mounted = <T,>(ref: { current: T | null }): T => {
    if (!ref.current) throw new Error("composer not mounted");
    return ref.current;
  };
  return { ...view, tray: () => mounted(trayRef), composer: () => mounted(composerRef) };
}

export type PendingUpload = {
  input: UploadInput;
  onProgress: (percent: number) => void;
  signal: AbortSignal;
  resolve: (outcome: UploadOutcome) => void;
};

/** Uploads wait until the test answers them. */
export function heldUploads() {
  const pending: PendingUpload[] = [];
  const upload: Uploader = (input, onProgress, signal) =>
    new Promise((resolve) => pending.push({ input, onProgress, signal, resolve }));
  return { pending, upload };
}

let stored = 0;
/** Every upload succeeds at once, like the server storing the file. */
export const instantUploads: Uploader = async (input) => {
  stored += 1;
  return {
    ok: true,
    image: {
      assetId: `asset-${stored}`,
      name: libraryName(input.name),
      previewUrl: `/media/images/asset-${stored}.jpg`,
      upstreamUrl: `https://upload.example/f/image/asset-${stored}.jpg`,
      width: 500,
      height: 400,
    },
  };
};

export function readyOutcome(name: string, id: string): UploadOutcome {
  return {
    ok: true,
    image: {
      assetId: id,
      name: libraryName(name),
      previewUrl: `/media/images/${id}.jpg`,
      upstreamUrl: `https://upload.example/${id}.jpg`,
      width: 500,
      height: 400,
    },
  };
}

/** Decoding is never needed for JPEG/PNG within the limits; a test that reaches it fails loudly. */
export const noDecoding: ImageDecoder = () => Promise.reject(new Error("decode was not expected"));

export async function pngFile(name: string, width = 500, height = 400): Promise<File> {
  return new File([new Uint8Array(await png(width, height))], name, { type: "image/png" });
}

export function bytesFile(bytes: Uint8Array, name: string, type = ""): File {
  return new File([new Uint8Array(bytes)], name, { type });
}

/** The accessible names of the thumbnails, in order. */
export function itemNames(list: HTMLElement): string[] {
  return Array.from(list.querySelectorAll("li[aria-label]")).map((item) => item.getAttribute("aria-label") ?? "");
}
