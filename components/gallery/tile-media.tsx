"use client";

import { useHoverIntent } from "@/hooks/use-hover-intent";
import { promptLabel } from "@/lib/generations/prompt-label";
import { type GenerationView, isUnsuccessful } from "@/lib/generations/view";
import { EndedNotice } from "./ended-notice";
import { ProgressStatus } from "./progress-status";
import { RecipeThumbnails } from "./recipe-thumbnails";
import { StalledNotice } from "./stalled-notice";

/** What a tile's media box shows of a finished video: its poster, a muted hover preview, or the player. */
export type PlayerState = "poster" | "preview" | "playing";

export type TileMediaProps = {
  generation: GenerationView;
  player: PlayerState;
  onPlay: () => void;
  /** Desktop hover: a muted preview while the pointer rests on the poster (never on touch screens). */
  onPreview: (on: boolean) => void;
};

const canHover = () => typeof window !== "undefined" && window.matchMedia("(hover: hover) and (pointer: fine)").matches;

/**
 * The tile's media box is the same size for every aspect ratio (an even grid) and the poster reserves its own
 * box from the known aspect, so nothing moves when images arrive. A <video> exists only for the tile being
 * played or previewed: a gallery of thousands mounts one or two players, not one per tile.
 */
export function TileMedia({ generation, player, onPlay, onPreview }: TileMediaProps) {
  const { status } = generation;
  const hover = useHoverIntent(() => canHover() && onPreview(true));
  const short = promptLabel(generation.prompt, generation.images, 40);
  if (status === "completed" && generation.videoUrl) {
    if (player !== "poster") {
      return (
        <video
          key={player}
          controls={player === "playing"}
          autoPlay
          muted={player === "preview"}
          loop={player === "preview"}
          playsInline
          preload="auto"
          src={generation.videoUrl}
          poster={generation.posterUrl ?? undefined}
          aria-label={`Video: ${promptLabel(generation.prompt, generation.images, 60)}`}
          className="h-full w-full object-contain"
          onMouseLeave={() => player === "preview" && onPreview(false)}
          onClick={(event) => {
            // A click during a hover preview means "watch it": the player takes over, with sound.
            if (player === "preview") {
              event.preventDefault();
              onPlay();
            }
          }}
        />
      );
    }
    return (
      <button
        type="button"
        aria-label={`Play: ${short}`}
        onClick={onPlay}
        onMouseEnter={hover.onMouseEnter}
        onMouseMove={hover.onMouseMove}
        onMouseLeave={hover.onMouseLeave}
        className="group relative flex h-full w-full items-center justify-center focus:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-sky-400"
      >
        {generation.posterUrl ? (
          <img
            src={generation.posterUrl}
            alt=""
            loading="lazy"
            decoding="async"
            className={`${posterClass[generation.aspectRatio]} max-h-full max-w-full object-contain`}
          />
        ) : null}
        <span
          aria-hidden="true"
          className="absolute flex h-12 w-12 items-center justify-center rounded-full bg-black/60 text-xl text-white ring-1 ring-white/30 transition group-hover:scale-110"
        >
          ▶
        </span>
      </button>
    );
  }
  if (isUnsuccessful(status)) return <EndedNotice generation={generation} />;
  if (generation.stalled) return <StalledNotice generation={generation} />;
  return (
    <div className="flex h-full flex-col justify-end">
      <RecipeThumbnails generation={generation} />
      <ProgressStatus generation={generation} />
    </div>
  );
}

/** The poster's box from the recipe's aspect ratio (known before the image loads: no layout shift). */
const posterClass = {
  "16:9": "aspect-video w-full",
  "9:16": "aspect-[9/16] h-full",
  "1:1": "aspect-square h-full",
} as const;
