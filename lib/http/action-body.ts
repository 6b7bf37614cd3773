/**
 * Server-action request bodies are decoded by React before any action code runs, and a body React cannot
 * decode (bad JSON, a reference to a chunk that does not exist, absurd nesting, too many bytes) ends as a 500.
 * These checks run in proxy.ts first so such a body gets a 4xx with a clear message instead. They accept
 * everything React's own client (encodeReply) sends for plain data, FormData, Blobs, Maps and Sets.
 */

/** Next's default serverActions.bodySizeLimit. */
export const ACTION_BODY_LIMIT = 1024 * 1024;
const MAX_DEPTH = 64;

export type BodyProblem = { status: 400 | 413 | 415; message: string };

const literalTokens = new Set(["$undefined", "$NaN", "$Infinity", "$-Infinity", "$-0"]);

/** Why a string is not a reply React can decode here, or undefined when it is fine. */
function badToken(value: string, parts: ReadonlySet<string> | undefined): string | undefined {
  if (!value.startsWith("$")) return undefined;
  if (value.startsWith("$$") || literalTokens.has(value)) return undefined;
  if (/^\$D./.test(value) || /^\$n-?\d{1,400}$/.test(value)) return undefined; // Date, BigInt
  const reference = /^\$([KBQW]?)([0-9a-f]{1,8})$/.exec(value);
  if (reference && parts) {
    const [, kind, id] = reference;
    // FormData entries are stored as "<id>_<key>"; every other reference is the part "<id>" itself.
    const present = kind === "K" ? [...parts].some((name) => name.startsWith(`${id}_`)) : parts.has(id ?? "");
    return present ? undefined : "refers to a part that is not there";
  }
  return "uses a reference this app does not accept";
}

function walk(value: unknown, depth: number, parts: ReadonlySet<string> | undefined): string | undefined {
  if (depth > MAX_DEPTH) return "is nested too deeply";
  if (typeof value === "string") return badToken(value, parts);
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = walk(item, depth + 1, parts);
      if (problem) return problem;
    }
    return undefined;
  }
  if (value !== null && typeof value === "object") {
    for (const item of Object.values(value)) {
      const problem = walk(item, depth + 1, parts);
      if (problem) return problem;
    }
  }
  return undefined;
}

/** More arguments than any action takes; Next spreads them into a call. */
const MAX_ARGUMENTS = 32;

function checkJson(text: string, parts: ReadonlySet<string> | undefined, root = false): string | undefined {
  // Cheap pre-check: JSON.parse itself recurses, so refuse absurd nesting before parsing.
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) depth += 1;
    else if (c === 93 || c === 125) depth -= 1;
    if (depth > MAX_DEPTH * 2) return "is nested too deeply";
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return "is not valid JSON";
  }
  // The root part is the argument list; Next calls the action with it spread.
  if (root && !Array.isArray(value)) return "is not an argument list";
  if (root && (value as unknown[]).length > MAX_ARGUMENTS) return "has too many arguments";
  return walk(value, 0, parts);
}

function problem(status: BodyProblem["status"], why: string): BodyProblem {
  return { status, message: `The request body ${why}; reload the page and try again.` };
}

export type ActionBody = { kind: "text"; text: string } | { kind: "form"; fields: Map<string, string | null> };

/** Checks a decoded action body: `fields` values are strings for text parts and null for files. */
export function checkActionBody(body: ActionBody): BodyProblem | undefined {
  if (body.kind === "text") {
    const why = checkJson(body.text, undefined, true);
    return why ? problem(400, why) : undefined;
  }
  const parts = new Set(body.fields.keys());
  const root = body.fields.get("0");
  if (typeof root !== "string") return problem(400, "has no arguments part");
  for (const [name, value] of body.fields) {
    // Outlined parts and the root are JSON; FormData entries ("<id>_<key>") and Blobs are the creator's data.
    if (typeof value !== "string" || !/^[0-9a-f]{1,8}$/.test(name)) continue;
    const why = checkJson(value, parts, name === "0");
    if (why) return problem(400, why);
  }
  return undefined;
}

export function tooLarge(): BodyProblem {
  return problem(413, `is larger than ${ACTION_BODY_LIMIT / 1024 / 1024} MB`);
}

export function unreadable(): BodyProblem {
  return problem(400, "could not be read");
}
