import fs from "node:fs";
import { pipeline } from "node:stream/promises";
import { appContext } from "@/lib/app-context";
import { requireAccount } from "@/lib/auth/session";
import { findOwnedGeneration } from "@/lib/db/generations";
import { AppError } from "@/lib/errors";
import { handleErrors } from "@/lib/http/error-response";
import { serveObject } from "@/lib/http/serve-file";
import { encodeRecipeComment } from "@/lib/recipe-file/file-recipe";
import { fileRecipeOf } from "@/lib/recipe-file/recipe-of-generation";
import { writeRecipeMp4 } from "@/lib/recipe-file/write-recipe-mp4";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

/** A local copy of the stored result for ffmpeg: the file itself in the folder mode, a streamed scratch copy from S3. */
async function localInput(storage: ReturnType<typeof appContext>["storage"], name: string): Promise<string> {
  const local = storage.localPath("videos", name);
  if (local) return local;
  const stream = await storage.read("videos", name);
  if (!stream) throw new AppError("not_found", "That video's file is gone.");
  const scratch = await storage.scratchPath(".mp4");
  try {
    await pipeline(stream, fs.createWriteStream(scratch));
  } catch (error) {
    await fs.promises.rm(scratch, { force: true });
    throw error;
  }
  return scratch;
}

/**
 * Serves the written file by range from an open handle and removes its name at once: the bytes stay readable
 * until the response has streamed them (or the handle is closed when there is no body), and nothing is left
 * behind if the download is abandoned.
 */
async function serveAndForget(file: string, request: Request, downloadName: string): Promise<Response> {
  const handle = await fs.promises.open(file, "r");
  await fs.promises.rm(file, { force: true });
  let streaming = false;
  try {
    const stat = await handle.stat();
    const response = await serveObject(
      {
        bytes: stat.size,
        modifiedAt: stat.mtimeMs,
        contentType: "video/mp4",
        open: async ({ start, end }) => {
          streaming = true;
          return handle.createReadStream({ start, end, autoClose: true });
        },
      },
      request,
      { cacheControl: "private, no-store", downloadName },
    );
    return response;
  } finally {
    if (!streaming) await handle.close();
  }
}

/**
 * "Download": the owner's result with its recipe in the MP4's comment (written by `ffmpeg -c copy`, no
 * re-encode), so dropping the file on the composer brings the recipe back. Another account's id is a 404.
 */
export const GET = handleErrors("download", async (request: Request, { params }: Params): Promise<Response> => {
  const account = await requireAccount(request);
  const { id } = await params;
  const context = appContext();
  const row = await findOwnedGeneration(context.db, id.slice(0, 100), { ownerId: account.id });
  if (!row || row.deletedAt !== null || row.status !== "completed" || !row.videoFile) {
    throw new AppError("not_found", "That video no longer exists.");
  }
  const input = await localInput(context.storage, row.videoFile);
  const output = await context.storage.scratchPath(".mp4");
  try {
    await writeRecipeMp4(input, output, encodeRecipeComment(await fileRecipeOf(context, row)));
    const name = new URL(request.url).searchParams.get("name") ?? `o1-studio-${row.id}.mp4`;
    return await serveAndForget(output, request, name.slice(0, 200));
  } finally {
    await fs.promises.rm(output, { force: true });
    if (input !== context.storage.localPath("videos", row.videoFile)) await fs.promises.rm(input, { force: true });
  }
});
