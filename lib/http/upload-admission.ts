import { MAX_UPLOAD_BYTES } from "@/lib/images/limits";
import { byteBudget } from "./byte-budget";

/**
 * Upload bodies are read into memory (several copies while multipart is parsed) and then decoded. Admitting at
 * most this many declared bytes at once keeps a burst of large uploads (six 10000×10000 JPEGs) inside the
 * server's memory budget; typical photos of a few MB still go through side by side.
 */
export const UPLOAD_BYTES_IN_FLIGHT = 40 * 1024 * 1024;

const admit = byteBudget(UPLOAD_BYTES_IN_FLIGHT);

/** Runs `task` once the request's declared size (the upload cap when it declares none) fits the budget. */
export function admitUpload<T>(request: Request, task: () => Promise<T>): Promise<T> {
  const declared = Number(request.headers.get("content-length") ?? "");
  const bytes = Number.isFinite(declared) && declared > 0 ? Math.min(declared, MAX_UPLOAD_BYTES) : MAX_UPLOAD_BYTES;
  return admit(bytes, task);
}
