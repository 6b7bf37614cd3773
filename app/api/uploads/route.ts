import { NextResponse } from "next/server";
import { appContext } from "@/lib/app-context";
import { requireAccount } from "@/lib/auth/session";
import { handleErrors } from "@/lib/http/error-response";
import { refusedRequest } from "@/lib/http/guard-request";
import { admitUpload } from "@/lib/http/upload-admission";
import type { Uploaded } from "@/lib/images/upload-response";
import { admitRequest } from "@/lib/limits/guard";
import { readUploadRequest } from "@/lib/uploads/read-upload";
import { storeUpload } from "@/lib/uploads/store-upload";

export const dynamic = "force-dynamic";

/**
 * POST /api/uploads (multipart: `file`, optional `name`) → `{ image: ImageRef }` once the image is checked,
 * stored by the app and uploaded to APIMart; the app's error JSON otherwise.
 */
export const POST = handleErrors("image upload", async (request: Request) => {
  // proxy.ts skips this route (it would buffer the body), so the Host and Origin checks run here.
  const refused = refusedRequest(request);
  if (refused) return refused;
  const account = await requireAccount(request);
  const context = appContext();
  await admitRequest(context, account.id, "uploads");
  const limits = { ...context, imageLimits: context.settings.capabilities.image };
  const image = await admitUpload(request, async () =>
    storeUpload(limits, { ...(await readUploadRequest(request)), ownerId: account.id }),
  );
  const body: Uploaded = { image };
  return NextResponse.json(body, { headers: { "Cache-Control": "no-store" } });
});
