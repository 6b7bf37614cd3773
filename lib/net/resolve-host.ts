import dns from "node:dns";
import type { AllowList } from "./allow-list";
import { canonicalIp, classifyAddress } from "./ip-address";
import { UrlRefused } from "./url-refused";

export type ResolvedAddress = { address: string; family: 4 | 6 };
/** DNS for the guard; tests inject fakes (a rebinding resolver, names that point at loopback). */
export type Resolver = (hostname: string) => Promise<ReadonlyArray<{ address: string; family?: number }>>;

export const systemResolver: Resolver = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/**
 * The one address a request will connect to. Looked up once per hop: the answer checked here is the answer
 * used (the caller pins it), so a resolver that answers public first and 127.0.0.1 second gains nothing.
 * Every answer of a name must be public (not just the first): a mixed answer is a rebinding tell.
 */
export async function resolvePinned(
  hostname: string,
  context: { hop: number; allowed: boolean; resolver: Resolver; signal?: AbortSignal },
): Promise<ResolvedAddress> {
  // "localhost." is "localhost": the root dot must not make a name unresolvable here and resolvable elsewhere.
  const host = hostname.replace(/^\[|\]$/g, "").replace(/\.$/, "");
  const literal = canonicalIp(host);
  let answers: ReadonlyArray<{ address: string; family?: number }>;
  if (literal !== undefined) {
    answers = [{ address: literal }];
  } else {
    try {
      answers = await abortable(context.resolver(host), context.signal);
    } catch (cause) {
      if (context.signal?.aborted) throw new UrlRefused("timeout", context.hop, host, "DNS timed out", { cause });
      const code = (cause as { code?: unknown } | null)?.code;
      const reason = code === "ENOTFOUND" || code === "ENODATA" ? "host_not_found" : "dns_failed";
      throw new UrlRefused(reason, context.hop, host, String(cause), { cause });
    }
  }
  const checked = answers.map((answer) => ({ answer: answer.address, verdict: classifyAddress(answer.address) }));
  if (checked.length === 0) throw new UrlRefused("host_not_found", context.hop, host, "no addresses");
  if (!context.allowed) {
    const refused = checked.find((entry) => !entry.verdict.ok);
    if (refused) {
      const why = refused.verdict.ok ? "" : refused.verdict.reason;
      throw new UrlRefused("not_public", context.hop, host, `${host} -> ${refused.answer} (${why})`);
    }
  }
  const first = checked[0];
  const canonical = first ? canonicalIp(first.answer) : undefined;
  if (!first || canonical === undefined) {
    throw new UrlRefused("not_public", context.hop, host, `unusable answer for ${host}`);
  }
  return { address: canonical, family: canonical.includes(":") ? 6 : 4 };
}

export type { AllowList };
