/**
 * Test support for the tray components (jsdom): a harness around useTray + ImageTray, real image files made
 * with sharp, and uploads the test controls. Never imported by app code.
 */
import { render } from "@testing-library/react";
import { type Ref, useImperativeHandle } from "react";
import { ImageTray } from "@/components/tray/image-tray";
import { type Tray, useTray } from "@/hooks/use-tray";
import type { ImageDecoder } from "@/lib/images/preflight";
import type { Uploader, UploadInput, UploadOutcome } from "@/lib/images/xhr-upload";
import type { TrayImage } from "@/lib/references/tray-image";
import { png } from "@/test-support/test-images";

type HarnessProps = {
  maxImages: number;
  decode: ImageDecoder;
  upload: Uploader;
  onInsert?: (id: string) => void;
  onRemove?: (removed: { image: TrayImage; index: number }) => void;
  trayRef: Ref<Tray>;
};

function Harness({ maxImages, decode, upload, onInsert, onRemove, trayRef }: HarnessProps) {
  const tray = useTray({ maxImages, decode, upload });
  useImperativeHandle(trayRef, () => tray, [tray]);
  return <ImageTray tray={tray} onInsert={onInsert} onRemove={onRemove} />;
}

export function renderTray(props: Omit<HarnessProps, "trayRef">) {
  const trayRef: { current: Tray | null } = { current: null };
  const view = render(<Harness {...props} trayRef={trayRef} />);
  const tray = () => {
    if (!trayRef.current) throw new Error("tray not mounted");
    return trayRef.current;
  };
  return {
    ...view,
    tray,
    rerenderWith: (next: Partial<Omit<HarnessProps, "trayRef">>) =>
      view.rerender(<Harness {...props} {...next} trayRef={trayRef} />),
  };
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
      name: input.name,
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
      name,
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
