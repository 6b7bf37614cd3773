import { ACTION_BODY_LIMIT, type BodyProblem, checkActionBody, tooLarge, unreadable } from "./action-body";

/**
 * Reads a server-action request's body (a clone: the action still gets the original) and checks it. Any
 * POST that React would decode as an action is covered: the JS client's (Next-Action header) and a no-JS
 * form post (multipart or urlencoded to a page).
 */
export async function checkActionRequest(request: Request): Promise<BodyProblem | undefined> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > ACTION_BODY_LIMIT) return tooLarge();
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  let bytes: ArrayBuffer;
  try {
    bytes = await request.clone().arrayBuffer();
  } catch {
    return unreadable();
  }
  if (bytes.byteLength > ACTION_BODY_LIMIT) return tooLarge();
  if (!request.headers.has("next-action")) {
    // A no-JS form post: React decodes it only when it names an action; otherwise the page just renders.
    return (await readForm(request, bytes, type)) === undefined ? unreadable() : undefined;
  }
  if (!type.startsWith("multipart/form-data")) {
    // ignoreBOM keeps a byte-order mark in the text, as React sees it (JSON.parse then refuses it here too).
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      return unreadable();
    }
    return checkActionBody({ kind: "text", text });
  }
  const fields = await readForm(request, bytes, type);
  return fields ? checkActionBody({ kind: "form", fields }) : unreadable();
}

async function readForm(request: Request, bytes: ArrayBuffer, type: string) {
  if (!type.startsWith("multipart/form-data") && !type.startsWith("application/x-www-form-urlencoded")) {
    return new Map<string, string | null>();
  }
  try {
    const form = await new Response(bytes, {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData();
    const fields = new Map<string, string | null>();
    for (const [name, value] of form.entries()) fields.set(name, typeof value === "string" ? value : null);
    return fields;
  } catch {
    return undefined;
  }
}
