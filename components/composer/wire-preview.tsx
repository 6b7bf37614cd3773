"use client";

import { useState } from "react";
import { toCurl, type UpstreamTarget } from "@/lib/apimart/curl";
import type { GenerationRequest } from "@/lib/apimart/types";

/**
 * The exact body that will be sent, and the same call as curl (key as a placeholder), aimed where the app sends
 * it. While an image is still on its way there is no exact body yet, and none is shown.
 */
export function WirePreview({
  body,
  waitingFor,
  upstream,
}: {
  body: GenerationRequest | null;
  /** Why there is no body yet ("Image 2 (beach.jpg) is still uploading."). */
  waitingFor?: string;
  upstream: UpstreamTarget;
}) {
  const [copied, setCopied] = useState(false);
  return (
    <details className="rounded-xl bg-neutral-950 ring-1 ring-neutral-800">
      <summary className="cursor-pointer select-none px-3 py-2 text-sm text-neutral-300 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400">
        Request preview
      </summary>
      <div className="space-y-2 px-3 pb-3">
        {body ? (
          <>
            <section aria-label="Request body">
              <pre className="max-h-64 overflow-auto rounded-lg bg-neutral-900 p-2 font-mono text-xs text-neutral-300">
                {JSON.stringify(body, null, 2)}
              </pre>
            </section>
            <div className="flex items-center gap-2">
              <button
                type="button"
                className="rounded-lg px-2.5 py-1.5 text-xs text-neutral-300 ring-1 ring-neutral-700 hover:bg-neutral-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400"
                onClick={() => void navigator.clipboard?.writeText(toCurl(body, upstream)).then(() => setCopied(true))}
              >
                {copied ? "Copied" : "Copy as curl"}
              </button>
              <span className="text-xs text-neutral-400">
                {upstream.usingSimulator
                  ? "Sends to the local APIMart simulator."
                  : "Needs APIMART_API_KEY in your shell."}
              </span>
            </div>
          </>
        ) : (
          <p className="rounded-lg bg-neutral-900 p-2 text-xs text-neutral-400" data-testid="request-pending">
            {waitingFor ?? "An image is still on its way."} The request is shown once every image has its upload URL.
          </p>
        )}
      </div>
    </details>
  );
}
