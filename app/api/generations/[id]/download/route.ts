import fs from "node:fs";
import { appContext } from "@/lib/app-context";
import { requireAccount } from "@/lib/auth/session";
import { findOwnedGeneration } from "@/lib/db/generations";
import { AppError } from "@/lib/errors";
import { handleErrors } from "@/lib/http/error-response";
import { contentDisposition } from "@/lib/http/serve-file";
import { encodeRecipeComment } from "@/lib/recipe-file/file-recipe";
import { fileRecipeOf } from "@/lib/recipe-file/recipe-of-generation";
import { writeRecipeMp4 } from "@/lib/recipe-file/write-recipe-mp4";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

/** A local copy of the stored result for ffmpeg: the file itself in the folder mode, a scratch copy from S3. */
async function localInput(storage: ReturnType<typeof appContext>["storage"], name: string): Promise<string> {
  const local = storage.localPath("videos", name);
  if (local) return local;
  const bytes = await storage.readBuffer("videos", name);
  if (!bytes) throw new AppError("not_found", "That video's file is gone.");
  const scratch = await storage.scratchPath(".mp4");
  await fs.promises.writeFile(scratch, bytes);
  return scratch;
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
    const bytes = await fs.promises.readFile(output);
    const name = new URL(request.url).searchParams.get("name") ?? `o1-studio-${row.id}.mp4`;
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": "video/mp4",
        "Content-Length": String(bytes.length),
        "Content-Disposition": contentDisposition(name.slice(0, 200), request.url),
        "Cache-Control": "private, no-store",
      },
    });
  } finally {
    await fs.promises.rm(output, { force: true });
    if (input !== context.storage.localPath("videos", row.videoFile)) await fs.promises.rm(input, { force: true });
  }
});
