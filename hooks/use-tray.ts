"use client";

import type React from "react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { canvasDecoder } from "@/lib/images/canvas-decoder";
import { filesFromClipboard } from "@/lib/images/clipboard-files";
import { limitConcurrency } from "@/lib/images/limit-concurrency";
import { type ImageDecoder, preflightImage } from "@/lib/images/preflight";
import { moveItem } from "@/lib/images/reorder";
import { splitByCount } from "@/lib/images/rules";
import { type Uploader, xhrUpload } from "@/lib/images/xhr-upload";
import type { ImageRef } from "@/lib/references/image-ref";
import { type TrayImage, trayImageFromRef } from "@/lib/references/tray-image";

export type UseTrayOptions = {
  /** 7, or 4 when a reference video is set. */
  maxImages: number;
  /** Replaceable for tests; the default decodes with the browser and a canvas. */
  decode?: ImageDecoder;
  /** Replaceable for tests; the default posts to /api/uploads with XMLHttpRequest. */
  upload?: Uploader;
};

export type Tray = {
  /** In image_urls order: an image's number is its index + 1. */
  images: TrayImage[];
  maxImages: number;
  /** Images beyond maxImages (after a reference video lowered the limit); the creator must remove them. */
  overLimit: number;
  /** Recent rejection messages, newest last. */
  rejections: string[];
  /** Adds files at once as "checking" placeholders and returns their ids; files beyond the limit are refused. */
  addFiles(files: File[]): string[];
  /** Images the app already stores (a remix, a restored draft): they enter ready, with no upload. */
  addRefs(refs: ImageRef[]): string[];
  remove(id: string): { image: TrayImage; index: number } | undefined;
  /** Puts a removed image back where it was (undo). False when it is already in the tray. */
  restore(image: TrayImage, index: number): boolean;
  move(id: string, toIndex: number): void;
  retry(id: string): void;
  clear(): void;
  dismissRejection(message: string): void;
  dismissRejections(): void;
  /** Attach to the composer root's onPaste: pasted image files join the tray, text pastes are left alone. */
  handlePaste(event: React.ClipboardEvent | ClipboardEvent): string[];
};

const MAX_REJECTIONS = 5;
/** Decoding a large photo takes hundreds of MB of canvas; seven at once can exhaust a phone. */
const PREFLIGHT_CONCURRENCY = 2;
/** Files of removed images kept for undo; older ones are let go. */
const MAX_REMEMBERED_FILES = 20;

function newId(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `img-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

function objectUrlFor(file: File): string | undefined {
  return typeof URL.createObjectURL === "function" ? URL.createObjectURL(file) : undefined;
}

function releaseObjectUrl(url: string | undefined): void {
  if (url?.startsWith("blob:") && typeof URL.revokeObjectURL === "function") URL.revokeObjectURL(url);
}

/** Clipboard images are all called "image.png"; a distinct name keeps "image 2: …" labels telling them apart. */
function namePasted(file: File, index: number): File {
  if (file.name !== "" && !/^image\.(png|jpe?g|gif|webp)$/i.test(file.name)) return file;
  const extension = file.type.split("/")[1]?.replace("jpeg", "jpg") ?? "png";
  const stamp = new Date().toTimeString().slice(0, 8).replaceAll(":", "");
  return new File([file], `pasted-${stamp}${index > 0 ? `-${index + 1}` : ""}.${extension}`, { type: file.type });
}

/** Server messages about one file name it; generic ones (upstream trouble) get the name added. */
function aboutFile(name: string, message: string): string {
  return message.includes(name) ? message : `${name}: ${message}`;
}

/**
 * The reference tray: which images, in what order, and where each one is in its check → upload life.
 * Order is the only source of numbering; ids never change, so prompt chips keep pointing at the right image.
 */
export function useTray({ maxImages, decode = canvasDecoder, upload = xhrUpload }: UseTrayOptions): Tray {
  const [images, setImages] = useState<TrayImage[]>([]);
  const [rejections, setRejections] = useState<string[]>([]);
  // Event handlers need the current list synchronously (addFiles returns ids before React re-renders).
  const imagesRef = useRef<TrayImage[]>([]);
  const files = useRef(new Map<string, File>());
  const uploads = useRef(new Map<string, AbortController>());
  /** Bumped per run, so a late answer from an earlier run of the same image is ignored. */
  const runs = useRef(new Map<string, number>());
  const handledPastes = useRef(new WeakSet<Event>());
  const preflightQueue = useRef(limitConcurrency(PREFLIGHT_CONCURRENCY));
  const maxRef = useRef(maxImages);
  const depsRef = useRef({ decode, upload });
  useEffect(() => {
    maxRef.current = maxImages;
    depsRef.current = { decode, upload };
  });

  const commit = useCallback((next: TrayImage[]) => {
    imagesRef.current = next;
    setImages(next);
  }, []);

  const patch = useCallback(
    (id: string, change: Partial<TrayImage>) => {
      commit(imagesRef.current.map((image) => (image.id === id ? { ...image, ...change } : image)));
    },
    [commit],
  );

  const reject = useCallback((messages: string[]) => {
    if (messages.length === 0) return;
    setRejections((current) => [...current, ...messages].slice(-MAX_REJECTIONS));
  }, []);

  const stopUpload = useCallback((id: string) => {
    uploads.current.get(id)?.abort();
    uploads.current.delete(id);
    runs.current.set(id, (runs.current.get(id) ?? 0) + 1);
  }, []);

  /** Takes an image out of the tray for good (a rejected file): nothing refers to its file any more. */
  const discard = useCallback(
    (id: string) => {
      const image = imagesRef.current.find((candidate) => candidate.id === id);
      if (!image) return;
      releaseObjectUrl(image.localPreviewUrl);
      files.current.delete(id);
      commit(imagesRef.current.filter((candidate) => candidate.id !== id));
    },
    [commit],
  );

  const process = useCallback(
    async (id: string, file: File) => {
      const run = (runs.current.get(id) ?? 0) + 1;
      runs.current.set(id, run);
      const current = () => runs.current.get(id) === run && imagesRef.current.some((image) => image.id === id);

      patch(id, { status: "checking", progress: 0, error: undefined });
      let checked: Awaited<ReturnType<typeof preflightImage>> | undefined;
      try {
        checked = await preflightQueue.current(() =>
          current() ? preflightImage(file, depsRef.current.decode) : Promise.resolve(undefined),
        );
      } catch {
        // A browser failure (canvas out of memory, say), not a rule: the creator may try again.
        if (current())
          patch(id, { status: "failed", error: `${file.name} could not be prepared in this browser. Try again.` });
        return;
      }
      if (!checked || !current()) return;
      if (!checked.ok) {
        discard(id);
        reject([checked.message]);
        return;
      }
      const { blob, uploadName } = checked.image;
      patch(id, { status: "uploading", progress: 0 });

      const controller = new AbortController();
      uploads.current.set(id, controller);
      const outcome = await depsRef.current
        .upload(
          { blob, filename: uploadName, name: file.name },
          (progress) => {
            if (current()) patch(id, { progress });
          },
          controller.signal,
        )
        .catch(() => ({ ok: false as const, retryable: true, message: "The upload failed. Try again." }));
      if (!current() || controller.signal.aborted) return;
      uploads.current.delete(id);
      if (outcome.ok) {
        const image = imagesRef.current.find((candidate) => candidate.id === id);
        releaseObjectUrl(image?.localPreviewUrl);
        patch(id, { status: "ready", progress: 100, ref: outcome.image, localPreviewUrl: undefined, error: undefined });
      } else if (outcome.retryable) {
        patch(id, { status: "failed", error: aboutFile(file.name, outcome.message) });
      } else {
        // The server refused the file itself (a rule the browser could not check, such as HEIC): retrying is pointless.
        discard(id);
        reject([aboutFile(file.name, outcome.message)]);
      }
    },
    [discard, patch, reject],
  );

  const addFiles = useCallback(
    (incoming: File[]): string[] => {
      if (incoming.length === 0) return [];
      const { accepted, message } = splitByCount(imagesRef.current.length, incoming.length, maxRef.current);
      if (message) reject([message]);
      const added = incoming.slice(0, accepted).map((file) => {
        const id = newId();
        files.current.set(id, file);
        const image: TrayImage = {
          id,
          name: file.name,
          localPreviewUrl: objectUrlFor(file),
          status: "checking",
          progress: 0,
        };
        return image;
      });
      commit([...imagesRef.current, ...added]);
      for (const image of added) {
        const file = files.current.get(image.id);
        if (file) void process(image.id, file);
      }
      return added.map((image) => image.id);
    },
    [commit, process, reject],
  );

  const addRefs = useCallback(
    (refs: ImageRef[]): string[] => {
      const { accepted, message } = splitByCount(imagesRef.current.length, refs.length, maxRef.current);
      if (message) reject([message]);
      const added = refs.slice(0, accepted).map((ref) => trayImageFromRef(ref, newId()));
      commit([...imagesRef.current, ...added]);
      return added.map((image) => image.id);
    },
    [commit, reject],
  );

  const remove = useCallback(
    (id: string) => {
      const index = imagesRef.current.findIndex((image) => image.id === id);
      const image = imagesRef.current[index];
      if (!image) return undefined;
      stopUpload(id);
      releaseObjectUrl(image.localPreviewUrl);
      commit(imagesRef.current.filter((candidate) => candidate.id !== id));
      // The file stays a while so an undo can bring the image back.
      const file = files.current.get(id);
      if (file) {
        files.current.delete(id);
        files.current.set(id, file);
        const inTray = new Set(imagesRef.current.map((candidate) => candidate.id));
        const forgettable = [...files.current.keys()].filter((key) => !inTray.has(key));
        while (files.current.size > MAX_REMEMBERED_FILES && forgettable.length > 0) {
          const oldest = forgettable.shift();
          if (oldest !== undefined) files.current.delete(oldest);
        }
      }
      return { image, index };
    },
    [commit, stopUpload],
  );

  const restore = useCallback(
    (image: TrayImage, index: number): boolean => {
      // No count check: an undo brings back exactly what was there; overLimit tells the creator if that is too many.
      if (imagesRef.current.some((candidate) => candidate.id === image.id)) return false;
      const file = files.current.get(image.id);
      const unfinished = image.status !== "ready";
      // Its object URL was revoked when it left; a new one is made from the kept file.
      const localPreviewUrl = image.localPreviewUrl && file ? objectUrlFor(file) : undefined;
      const restored: TrayImage = unfinished
        ? {
            ...image,
            localPreviewUrl,
            status: file ? "checking" : "failed",
            progress: 0,
            error: file ? undefined : `${image.name} must be added again.`,
          }
        : { ...image, localPreviewUrl };
      const next = [...imagesRef.current];
      next.splice(Math.max(0, Math.min(index, next.length)), 0, restored);
      commit(next);
      if (unfinished && file) void process(image.id, file);
      return true;
    },
    [commit, process],
  );

  const move = useCallback(
    (id: string, toIndex: number) => {
      const from = imagesRef.current.findIndex((image) => image.id === id);
      if (from === -1) return;
      commit(moveItem(imagesRef.current, from, toIndex));
    },
    [commit],
  );

  const retry = useCallback(
    (id: string) => {
      const image = imagesRef.current.find((candidate) => candidate.id === id);
      const file = files.current.get(id);
      if (image?.status !== "failed" || !file) return;
      void process(id, file);
    },
    [process],
  );

  const clear = useCallback(() => {
    for (const image of imagesRef.current) {
      stopUpload(image.id);
      releaseObjectUrl(image.localPreviewUrl);
    }
    files.current.clear();
    commit([]);
    setRejections([]);
  }, [commit, stopUpload]);

  const handlePaste = useCallback(
    (event: React.ClipboardEvent | ClipboardEvent): string[] => {
      const native = "nativeEvent" in event ? event.nativeEvent : event;
      // The tray and the composer root may both listen; one paste adds its files once.
      if (handledPastes.current.has(native)) return [];
      const pasted = filesFromClipboard(event.clipboardData);
      if (pasted.length === 0) return [];
      handledPastes.current.add(native);
      event.preventDefault();
      return addFiles(pasted.map(namePasted));
    },
    [addFiles],
  );

  const dismissRejection = useCallback((message: string) => {
    setRejections((current) => current.filter((candidate) => candidate !== message));
  }, []);
  const dismissRejections = useCallback(() => setRejections([]), []);

  // Leaving the page: stop uploads and give back the previews' memory.
  useEffect(
    () => () => {
      for (const controller of uploads.current.values()) controller.abort();
      for (const image of imagesRef.current) releaseObjectUrl(image.localPreviewUrl);
    },
    [],
  );

  return useMemo(
    () => ({
      images,
      maxImages,
      overLimit: Math.max(0, images.length - maxImages),
      rejections,
      addFiles,
      addRefs,
      remove,
      restore,
      move,
      retry,
      clear,
      dismissRejection,
      dismissRejections,
      handlePaste,
    }),
    [
      images,
      maxImages,
      rejections,
      addFiles,
      addRefs,
      remove,
      restore,
      move,
      retry,
      clear,
      dismissRejection,
      dismissRejections,
      handlePaste,
    ],
  );
}
