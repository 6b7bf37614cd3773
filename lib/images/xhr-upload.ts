import { readErrorBody } from "@/lib/http/error-body";
import type { ImageRef } from "@/lib/references/image-ref";
import { readUploaded } from "./upload-response";

export type UploadInput = {
  blob: Blob;
  /** Name of the multipart file part (ends in .jpg after a conversion). */
  filename: string;
  /** The name the creator knows the image by. */
  name: string;
};

export type UploadOutcome =
  | { ok: true; image: ImageRef }
  /** `retryable`: trying the same file again may work (network, server or upstream trouble). */
  | { ok: false; message: string; retryable: boolean };

export type Uploader = (
  input: UploadInput,
  onProgress: (percent: number) => void,
  signal: AbortSignal,
) => Promise<UploadOutcome>;

export const UPLOAD_ENDPOINT = "/api/uploads";

/** A rule broken by the file itself (type, size, dimensions) does not change on a second try. */
export function isRetryableStatus(status: number): boolean {
  return status === 0 || status === 408 || status === 429 || status >= 500;
}

export function readUploadResponse(status: number, text: string): UploadOutcome {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (status >= 200 && status < 300) {
    const stored = readUploaded(json);
    if (stored) return { ok: true, image: stored.image };
  } else {
    const error = readErrorBody(json);
    if (error) return { ok: false, message: error.message, retryable: isRetryableStatus(status) };
  }
  return {
    ok: false,
    message:
      status === 413
        ? "The file is too large to upload (limit 20 MB)."
        : "The upload failed: O1 Studio's server sent an unexpected answer. Try again.",
    retryable: status !== 413,
  };
}

/** fetch cannot report upload progress; XMLHttpRequest can. */
export const xhrUpload: Uploader = (input, onProgress, signal) =>
  new Promise((resolve) => {
    const form = new FormData();
    form.append("file", input.blob, input.filename);
    form.append("name", input.name);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", UPLOAD_ENDPOINT);
    xhr.responseType = "text";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0)
        onProgress(Math.min(99, Math.round((event.loaded / event.total) * 100)));
    };
    xhr.onload = () => resolve(readUploadResponse(xhr.status, xhr.responseText));
    xhr.onerror = () =>
      resolve({
        ok: false,
        message: "The upload was interrupted. Check the connection and try again.",
        retryable: true,
      });
    xhr.onabort = () => resolve({ ok: false, message: "The upload was cancelled.", retryable: true });
    signal.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(form);
  });
