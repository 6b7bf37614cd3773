import { NextResponse } from "next/server";
import { refusedRequest } from "@/lib/http/guard-request";
import { admitUpload } from "@/lib/http/upload-admission";
import { uploadFailure } from "@/lib/uploads/error-response";
import { readUploadRequest } from "@/lib/uploads/read-upload";
import { storeUpload } from "@/lib/uploads/store-upload";

export const dynamic = "force-dynamic";

/**
 * POST /api/uploads (multipart: `file`, optional `name`) → `{ ok: true, image }` once the image is checked,
 * stored by the app and uploaded to APIMart; `{ ok: false, code, message }` otherwise.
 */
export async function POST(request: Request) {
  // proxy.ts skips this route (it would buffer the body), so the Host and Origin checks run here.
  const refused = refusedRequest(request);
  if (refused) return refused;
  try {
    const image = await admitUpload(request, async () => storeUpload(await readUploadRequest(request)));
    return NextResponse.json({ ok: true, image }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    const { status, body } = uploadFailure(error);
    return NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });
  }
}
