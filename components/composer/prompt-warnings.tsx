"use client";

import type { PromptWarning } from "@/lib/prompt";
import type { TrayImage } from "@/lib/references/tray-image";

/** What would surprise the creator after paying, said before anything is sent. */
export function PromptWarnings({ warnings, images }: { warnings: PromptWarning[]; images: TrayImage[] }) {
  const shown = warnings.filter((warning) => warning.kind !== "empty");
  if (shown.length === 0) return null;
  const label = (id: string) => {
    const index = images.findIndex((image) => image.id === id);
    return index < 0 ? "an image" : `image ${index + 1} (${images[index]?.name ?? ""})`;
  };
  return (
    <ul aria-label="Prompt warnings" className="space-y-1.5 text-sm">
      {shown.map((warning) => (
        <li key={warning.kind} className="rounded-lg bg-amber-950/40 px-3 py-2 text-amber-100 ring-1 ring-amber-900/60">
          {warning.kind === "unmentioned" ? (
            <>
              {warning.imageIds.map(label).join(", ")} {warning.imageIds.length === 1 ? "is" : "are"} attached but never
              mentioned.
              {warning.effectivePrompt !== undefined ? (
                <>
                  {" "}
                  With no image in the prompt, APIMart puts <code className="font-mono">{"<<<image_1>>>"}</code> in
                  front, so it will run: <q className="font-mono text-xs">{warning.effectivePrompt}</q>
                </>
              ) : (
                " Mention it with @ or remove it, or it may be ignored."
              )}
            </>
          ) : warning.kind === "dangling" ? (
            <>
              {warning.count === 1 ? "A mention points" : `${warning.count} mentions point`} at an image that is not in
              the tray. Remove {warning.count === 1 ? "it" : "them"} or add the image again.
            </>
          ) : warning.kind === "over_limit" ? (
            <>
              The prompt is {warning.length - warning.limit} characters over the {warning.limit}-character limit
              (counted as sent, with image tokens).
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
