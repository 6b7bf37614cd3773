import "server-only";
import { AppError } from "@/lib/errors";
import { fetchAllowList } from "@/lib/net/fetch-policy";
import { type GuardPolicy, guardedGet } from "@/lib/net/guarded-get";
import { OutOfTempSpace, saveStream, TooLarge } from "@/lib/net/save-stream";
import { UrlRefused } from "@/lib/net/url-refused";

export const RESULT_MAX_REDIRECTS = 5;

export type ResultDownloadOptions = {
  maxBytes: number;
  timeoutMs: number;
  /** Tests only: the policy pieces the app takes from its configuration. */
  policy?: Partial<Pick<GuardPolicy, "allowList" | "resolver" | "dialForTest">>;
};

/**
 * Copies a finished video into storage. Results may come from any public https host (APIMart's file hosts
 * change and redirect), so the same public-address guard as reference videos applies: at most five redirects,
 * each re-checked, the checked address pinned, plain http only for allow-listed hosts (the simulator). The
 * bytes land under `destination` only when complete.
 */
export async function downloadToFile(
  url: string,
  destination: string,
  options: ResultDownloadOptions,
): Promise<number> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  const policy: GuardPolicy = {
    allowList: options.policy?.allowList ?? fetchAllowList(),
    publicProtocols: ["https:"],
    maxRedirects: RESULT_MAX_REDIRECTS,
    resolver: options.policy?.resolver,
    dialForTest: options.policy?.dialForTest,
  };
  let response: Awaited<ReturnType<typeof guardedGet>>;
  try {
    response = await guardedGet(url, policy, { signal, headers: { "user-agent": "O1Studio/1 (result copy)" } });
  } catch (cause) {
    throw refusal(cause);
  }
  const { body } = response;
  try {
    if (response.status < 200 || response.status > 299) {
      throw new AppError("upstream", "The finished video could not be downloaded.", {
        status: response.status,
        detail: `GET ${response.url.origin}${response.url.pathname} -> ${response.status}`,
      });
    }
    const declared = Number(response.headers["content-length"] ?? "0");
    if (declared > options.maxBytes) throw tooLarge(`content-length ${declared} > ${options.maxBytes}`);
    return await saveStream(body, destination, { maxBytes: options.maxBytes, signal });
  } catch (cause) {
    if (cause instanceof AppError) throw cause;
    if (cause instanceof TooLarge) throw tooLarge(String(cause));
    if (cause instanceof OutOfTempSpace) {
      throw new AppError("network", "The server is short of space for the finished video; it will try again.", {
        cause,
      });
    }
    throw new AppError("network", "The download of the finished video was interrupted.", {
      cause,
      detail: String(cause),
    });
  } finally {
    body.destroy();
  }
}

function tooLarge(detail: string): AppError {
  return new AppError("upstream", "The finished video is larger than this app accepts.", { detail });
}

function refusal(cause: unknown): AppError {
  if (!(cause instanceof UrlRefused)) {
    return new AppError("network", "Could not download the finished video.", { cause, detail: String(cause) });
  }
  const detail = `${cause.reason}: ${cause.detail}`;
  switch (cause.reason) {
    case "connect_failed":
    case "dns_failed":
    case "timeout":
      return new AppError("network", "Could not download the finished video.", { cause, detail });
    default:
      // A result URL that is not public (or not https) is not something retrying fixes.
      return new AppError("upstream", "The video service returned a video from an address this app may not fetch.", {
        cause,
        detail,
      });
  }
}
