"use client";

import type { GenerationView } from "@/lib/generations/view";

const button =
  "pointer-coarse:min-h-11 rounded-lg px-2.5 py-1.5 text-xs font-medium text-neutral-300 ring-1 ring-neutral-700 hover:bg-neutral-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400";

const statusText: Partial<Record<GenerationView["status"], string>> = {
  submitting: "Sending…",
  pending: "Waiting upstream…",
  processing: "Rendering…",
  saving: "Saving…",
  checking: "Checking with APIMart…",
};

/** One take in the comparison: its player (driven by the shared controls), its star, and "keep this one". */
export function TakeTile({
  take,
  number,
  videoRef,
  videoEvents,
  onFavourite,
  onDeleteOthers,
}: {
  take: GenerationView;
  number: number;
  videoRef: (element: HTMLVideoElement | null) => void;
  videoEvents?: Partial<React.VideoHTMLAttributes<HTMLVideoElement>>;
  onFavourite: () => void;
  onDeleteOthers: () => void;
}) {
  const ready = take.status === "completed" && take.videoUrl;
  return (
    <li
      className="overflow-hidden rounded-2xl bg-neutral-900 ring-1 ring-neutral-800 data-[favourite=true]:ring-2 data-[favourite=true]:ring-amber-500"
      data-take={number}
      data-favourite={take.favourite}
      aria-label={`Take ${number}`}
    >
      <div className="flex aspect-video items-center justify-center bg-black">
        {ready ? (
          <video
            ref={videoRef}
            src={take.videoUrl ?? undefined}
            poster={take.posterUrl ?? undefined}
            // Takes play together; muted so four soundtracks do not play over each other.
            muted
            playsInline
            preload="auto"
            aria-label={`Take ${number} video`}
            className="h-full w-full object-contain"
            {...videoEvents}
          />
        ) : (
          <p className="px-4 text-center text-sm text-neutral-400">
            {take.error ? `Failed: ${take.error.message}` : (statusText[take.status] ?? take.status)}
            {take.status === "processing" ? ` ${take.progress}%` : ""}
          </p>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-2 p-3">
        <span className="mr-auto text-sm font-medium">Take {number}</span>
        <button
          type="button"
          className={`${button} aria-pressed:text-amber-300 aria-pressed:ring-amber-700`}
          aria-pressed={take.favourite}
          aria-label={`Star take ${number}`}
          onClick={onFavourite}
        >
          <span aria-hidden="true">{take.favourite ? "★ " : "☆ "}</span>
          {take.favourite ? "Keeper" : "Star"}
        </button>
        <button type="button" className={button} onClick={onDeleteOthers}>
          Keep this, delete the others
        </button>
      </div>
    </li>
  );
}
