"use client";

import { promptLabel } from "@/lib/generations/prompt-label";
import { type GenerationView, isUnsuccessful } from "@/lib/generations/view";
import { replaceTokens } from "@/lib/prompt";

export type CardHandlers = {
  onRemix: (generation: GenerationView) => void;
  /** Use this result as the video to edit in the composer. */
  onEditVideo: (generation: GenerationView) => void;
  /** Use this result's motion or style (a feature reference) in the composer. */
  onBorrowMotion: (generation: GenerationView) => void;
  onRetry: (generation: GenerationView) => void;
  onDelete: (generation: GenerationView) => void;
  onShare: (generation: GenerationView, hideReferences?: boolean) => void;
  onUnshare: (generation: GenerationView) => void;
  onCheckAgain: (generation: GenerationView) => void;
  onFavourite: (generation: GenerationView, favourite: boolean) => void;
};

// Touch screens get 44 px targets; a mouse keeps the compact row.
const buttonClass =
  "pointer-coarse:min-h-11 pointer-coarse:px-3.5 rounded-lg px-2.5 py-1.5 text-xs font-medium text-neutral-300 ring-1 ring-neutral-700 hover:bg-neutral-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400";

/** A readable file name: the first words of the prompt and the date. */
function downloadName(generation: GenerationView): string {
  const words = replaceTokens(generation.prompt, () => " ")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/, "");
  const date = new Date(generation.createdAt).toISOString().slice(0, 10);
  return `o1-studio-${date}-${words || "video"}.mp4`;
}

export function CardActions({ generation, handlers }: { generation: GenerationView; handlers: CardHandlers }) {
  const short = promptLabel(generation.prompt, generation.images, 40);
  const done = generation.status === "completed" && generation.videoUrl;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-1.5">
        <button
          type="button"
          className={`${buttonClass} aria-pressed:text-amber-300 aria-pressed:ring-amber-700`}
          onClick={() => handlers.onFavourite(generation, !generation.favourite)}
          aria-pressed={generation.favourite}
          aria-label={`Favourite: ${short}`}
          title={generation.favourite ? "Remove from favourites" : "Add to favourites"}
        >
          <span aria-hidden="true">{generation.favourite ? "★" : "☆"}</span>
        </button>
        {done ? (
          <>
            <a
              className={buttonClass}
              // The file carries its recipe (MP4 comment): dropped on the composer later, it restores it.
              href={`/api/generations/${encodeURIComponent(generation.id)}/download?name=${encodeURIComponent(downloadName(generation))}`}
              download={downloadName(generation)}
              aria-label={`Download video: ${short}`}
            >
              Download
            </a>
            <button
              type="button"
              className={buttonClass}
              onClick={() => handlers.onEditVideo(generation)}
              aria-label={`Edit this video: ${short}`}
            >
              Edit this video
            </button>
            <button
              type="button"
              className={buttonClass}
              onClick={() => handlers.onBorrowMotion(generation)}
              aria-label={`Borrow its motion: ${short}`}
            >
              Borrow its motion
            </button>
            <button
              type="button"
              className={buttonClass}
              onClick={() => handlers.onShare(generation)}
              aria-label={`Copy share link: ${short}`}
            >
              {generation.share ? "Copy link" : "Share"}
            </button>
          </>
        ) : null}
        {isUnsuccessful(generation.status) ? (
          <button
            type="button"
            className={buttonClass}
            onClick={() => handlers.onRetry(generation)}
            aria-label={`Retry: ${short}`}
          >
            Retry
          </button>
        ) : null}
        {generation.stalled || generation.status === "lost" ? (
          <button
            type="button"
            className={buttonClass}
            onClick={() => handlers.onCheckAgain(generation)}
            aria-label={`Check again: ${short}`}
          >
            Check again
          </button>
        ) : null}
        <button
          type="button"
          className={buttonClass}
          onClick={() => handlers.onRemix(generation)}
          aria-label={`Remix: ${short}`}
        >
          Remix
        </button>
        <button
          type="button"
          className={`${buttonClass} text-red-300`}
          onClick={() => handlers.onDelete(generation)}
          aria-label={`Delete: ${short}`}
        >
          Delete
        </button>
      </div>
      {generation.share ? (
        <div className="space-y-1.5 rounded-lg bg-neutral-950 p-2 ring-1 ring-neutral-800">
          <label
            className="block text-[11px] uppercase tracking-wide text-neutral-400"
            htmlFor={`share-${generation.id}`}
          >
            Share link
          </label>
          <input
            id={`share-${generation.id}`}
            readOnly
            value={generation.share.url}
            onFocus={(event) => event.currentTarget.select()}
            className="w-full rounded-md bg-neutral-900 px-2 py-1 font-mono text-xs text-neutral-300 ring-1 ring-neutral-800"
          />
          <div className="flex items-center justify-between gap-2">
            <label className="flex items-center gap-1.5 text-xs text-neutral-400">
              <input
                type="checkbox"
                checked={!generation.share.hideReferences}
                onChange={(event) => handlers.onShare(generation, !event.currentTarget.checked)}
              />
              Show reference images
            </label>
            <button
              type="button"
              className={buttonClass}
              onClick={() => handlers.onUnshare(generation)}
              aria-label={`Stop sharing: ${short}`}
            >
              Stop sharing
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
