"use client";

import { PromptWithChips } from "@/components/prompt/prompt-with-chips";
import { TakesStrip } from "@/components/takes/takes-strip";
import { promptLabel } from "@/lib/generations/prompt-label";
import type { GenerationView } from "@/lib/generations/view";
import { CardActions, type CardHandlers } from "./card-actions";
import { SettingsFacts } from "./settings-facts";
import { TileMedia, type TileMediaProps } from "./tile-media";

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

export function GenerationCard({
  generation,
  handlers,
  tabIndex,
  onFocus,
  player,
  onPlay,
  onPreview,
  onOpen,
}: {
  generation: GenerationView;
  handlers: CardHandlers;
  tabIndex: number;
  onFocus: () => void;
  onOpen: () => void;
} & Omit<TileMediaProps, "generation">) {
  const { status } = generation;
  const images = generation.images.map((image) => ({ src: image.previewUrl, name: image.name }));

  return (
    <article
      aria-label={`Generation: ${promptLabel(generation.prompt, generation.images, 60)}`}
      data-status={status}
      data-generation-id={generation.id}
      tabIndex={tabIndex}
      onFocus={(event) => {
        if (event.target === event.currentTarget) onFocus();
      }}
      onKeyDown={(event) => {
        // Enter on the card itself plays or pauses; inner controls keep their own Enter.
        if (event.key !== "Enter" || event.target !== event.currentTarget) return;
        if (status !== "completed" || !generation.videoUrl) return;
        event.preventDefault();
        const video = event.currentTarget.querySelector("video");
        if (player !== "playing" || !video) onPlay();
        else if (video.paused) void video.play();
        else video.pause();
      }}
      className="overflow-hidden rounded-2xl bg-neutral-900 ring-1 ring-neutral-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400"
    >
      <div className="aspect-[4/3] w-full overflow-hidden bg-neutral-950">
        <TileMedia generation={generation} player={player} onPlay={onPlay} onPreview={onPreview} />
      </div>
      <div className="space-y-3 p-4">
        <a
          href={`?video=${encodeURIComponent(generation.id)}`}
          aria-label={`Open details: ${promptLabel(generation.prompt, generation.images, 40)}`}
          className="block rounded-md hover:text-white focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400"
          onClick={(event) => {
            // A plain click opens the detail here; a middle or modified click keeps its browser meaning.
            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
            event.preventDefault();
            onOpen();
          }}
        >
          <PromptWithChips
            prompt={generation.prompt}
            images={images}
            className="line-clamp-4 text-sm leading-relaxed text-neutral-200"
          />
        </a>
        <SettingsFacts generation={generation} className="text-neutral-400" />
        <p className="text-xs text-neutral-400">
          <time dateTime={new Date(generation.createdAt).toISOString()}>{timeFormat.format(generation.createdAt)}</time>
        </p>
        <TakesStrip generation={generation} />
        <CardActions generation={generation} handlers={handlers} />
      </div>
    </article>
  );
}
