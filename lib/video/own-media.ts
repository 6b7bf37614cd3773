import "server-only";
import fs from "node:fs";
import { env } from "@/lib/env";
import { mediaPath } from "@/lib/media/paths";

/**
 * The app's own public copy of a result or uploaded reference (`PUBLIC_BASE_URL/media/videos/…`) is read from
 * disk instead of fetched over HTTP: the app never needs to connect to itself, so its own address stays off the
 * fetch allow-list, and a copy offered at a localhost PUBLIC_BASE_URL still checks out.
 */
export async function ownMediaFile(url: string): Promise<{ path: string; bytes: number } | undefined> {
  let parsed: URL;
  let own: URL;
  try {
    parsed = new URL(url);
    own = new URL(env().publicBaseUrl);
  } catch {
    return undefined;
  }
  if (parsed.origin !== own.origin || parsed.search !== "" || parsed.username || parsed.password) return undefined;
  const base = own.pathname.replace(/\/+$/, "");
  const match = /^\/media\/(videos|references)\/([^/]+)$/.exec(parsed.pathname.slice(base.length));
  if (!parsed.pathname.startsWith(`${base}/`) || !match?.[1] || !match[2]) return undefined;
  let name: string;
  try {
    name = decodeURIComponent(match[2]);
  } catch {
    return undefined;
  }
  const file = mediaPath(match[1] as "videos" | "references", name);
  const stat = file ? await fs.promises.stat(file).catch(() => undefined) : undefined;
  return file && stat?.isFile() ? { path: file, bytes: stat.size } : undefined;
}
