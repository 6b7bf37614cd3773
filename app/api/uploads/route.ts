import { NextResponse } from "next/server";
import { appContext } from "@/lib/app-context";
import { handleErrors } from "@/lib/http/error-response";
import type { Uploaded } from "@/lib/images/upload-response";
import { readUploadRequest } from "@/lib/uploads/read-upload";
import { storeUpload } from "@/lib/uploads/store-upload";

export const dynamic = "force-dynamic";

/**
 * POST /api/uploads (multipart: `file`, optional `name`) → `{ image: ImageRef }` once the image is checked,
 * stored by the app and uploaded to APIMart; the app's error JSON otherwise.
 */
export const POST = handleErrors("image upload", async (request: Request) => {
  const upload = await readUploadRequest(request);
  const context = appContext();
  const body: Uploaded = {
    image: await storeUpload({ ...context, imageLimits: context.settings.capabilities.image }, upload),
  };
  return NextResponse.json(body, { headers: { "Cache-Control": "no-store" } });
});
