import fs from "node:fs";
import path from "node:path";

/** A server action's id in this build (its manifest), so the benches can call it the way the browser does. */
export function actionId(name: string): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string }> };
  const entry = Object.entries(manifest.node).find(([, action]) => action.exportedName === name);
  if (!entry) throw new Error(`no ${name} action in the build: run npm run build`);
  return entry[0];
}

/** Calls a server action as the browser does, with the session cookie; answers the RSC text (the ActionResult JSON is inside it). */
export async function callAction(base: string, cookie: string, name: string, input: unknown): Promise<string> {
  const answer = await fetch(`${base}/`, {
    method: "POST",
    headers: {
      "next-action": actionId(name),
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin: base,
      cookie,
    },
    body: JSON.stringify([input]),
  });
  const text = await answer.text();
  if (!answer.ok || text.includes('"ok":false'))
    throw new Error(`${name} answered ${answer.status}: ${text.slice(0, 200)}`);
  return text;
}
