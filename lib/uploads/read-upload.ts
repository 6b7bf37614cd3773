import "server-only";
import { MAX_UPLOAD_BYTES } from "@/lib/images/limits";
import { uploadTooLargeMessage } from "@/lib/images/messages";
import { stripControlCharacters } from "@/lib/text/control-characters";
import { UploadRejectedError } from "./upload-error";

export type ReceivedUpload = {
  bytes: Buffer;
  /** Name the creator knows the image by (the `name` field, else the file's own name). */
  name: string;
};

/** Room for multipart boundaries, part headers and the `name` field around the file itself. */
const MULTIPART_OVERHEAD = 64 * 1024;
/**
 * Past the cap the rest of the body is still read (and thrown away) up to this much, so the client is
 * not cut off mid-send and can read the 413; a body beyond it is abandoned.
 */
const DRAIN_LIMIT = 3 * MAX_UPLOAD_BYTES;

/** Strips folders and control characters from a client-supplied name and bounds its length. */
export function cleanName(raw: string | undefined | null, fallback = "image"): string {
  const base = (raw ?? "").split(/[\\/]/).pop() ?? "";
  const cleaned = stripControlCharacters(base).trim().slice(0, 200);
  return cleaned === "" ? fallback : cleaned;
}

/** The file name from the first part header, for a message when the body is too large to parse. */
function filenameFromPrefix(prefix: Buffer): string | undefined {
  const match = /name="file"; filename="([^"]*)"/.exec(prefix.subarray(0, 4096).toString("utf8"));
  return match?.[1] ? cleanName(match[1]) : undefined;
}

async function readCapped(request: Request, cap: number): Promise<{ body: Buffer; tooLarge: boolean; total: number }> {
  const chunks: Buffer[] = [];
  let total = 0;
  let kept = 0;
  if (!request.body) return { body: Buffer.alloc(0), tooLarge: false, total };
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total <= cap) {
      chunks.push(Buffer.from(value));
      kept = total;
    } else if (total > DRAIN_LIMIT) {
      await reader.cancel().catch(() => undefined);
      break;
    }
  }
  const body = Buffer.concat(chunks, kept);
  return { body, tooLarge: total > cap, total };
}

/**
 * Reads a multipart upload (field `file`, optional `name`), refusing anything over 20 MB while it streams
 * in rather than after buffering it all.
 */
export async function readUploadRequest(request: Request, maxFileBytes = MAX_UPLOAD_BYTES): Promise<ReceivedUpload> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    throw new UploadRejectedError("Send the image as multipart/form-data with a field named file.", 400);
  }
  const cap = maxFileBytes + MULTIPART_OVERHEAD;
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > DRAIN_LIMIT) {
    throw new UploadRejectedError(uploadTooLargeMessage("The file", declared), 413, `content-length ${declared}`);
  }
  const { body, tooLarge, total } = await readCapped(request, cap);
  if (tooLarge) {
    const name = filenameFromPrefix(body) ?? "The file";
    throw new UploadRejectedError(uploadTooLargeMessage(name), 413, `body over ${cap} bytes (read ${total})`);
  }

  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
  } catch (cause) {
    throw new UploadRejectedError("The upload could not be read. Try adding the image again.", 400, String(cause));
  }
  const file = form.get("file");
  if (!(file instanceof Blob)) {
    throw new UploadRejectedError("No image was sent (the form needs a field named file).", 400);
  }
  const nameField = form.get("name");
  const fileName = "name" in file && typeof file.name === "string" ? file.name : undefined;
  const name = cleanName(typeof nameField === "string" && nameField.trim() !== "" ? nameField : fileName);
  if (file.size > maxFileBytes) {
    throw new UploadRejectedError(uploadTooLargeMessage(name, file.size), 413, `file of ${file.size} bytes`);
  }
  return { bytes: Buffer.from(await file.arrayBuffer()), name };
}
