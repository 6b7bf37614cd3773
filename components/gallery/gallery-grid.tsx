"use client";

import type { GenerationView } from "@/lib/generations/view";
import type { CardHandlers } from "./card-actions";
import { GenerationCard } from "./generation-card";
import type { PlayerState } from "./tile-media";
import { VirtualGrid, type VirtualGridHandle } from "./virtual-grid";

/**
 * The windowed grid of cards. Its own module so the gallery can load it after first paint (lib/TanStack Virtual,
 * the cards and their actions are a good part of the studio's JS, and the list only exists once videos load).
 */
export function GalleryGrid({
  generations,
  handle,
  setSize,
  onNearEnd,
  onKeyDown,
  handlers,
  activeIndex,
  onFocusIndex,
  playerOf,
  onPlay,
  onPreview,
  onOpen,
}: {
  generations: GenerationView[];
  handle: React.Ref<VirtualGridHandle>;
  setSize: number;
  onNearEnd: () => void;
  onKeyDown: (event: React.KeyboardEvent) => void;
  handlers: CardHandlers;
  /** The one card in the tab order (roving focus). */
  activeIndex: number;
  onFocusIndex: (index: number) => void;
  playerOf: (id: string) => PlayerState;
  onPlay: (id: string) => void;
  onPreview: (id: string, on: boolean) => void;
  onOpen: (generation: GenerationView) => void;
}) {
  return (
    <VirtualGrid
      handle={handle}
      label="Your videos"
      items={generations}
      itemKey={(generation) => generation.id}
      setSize={setSize}
      onNearEnd={onNearEnd}
      onKeyDown={onKeyDown}
      renderItem={(generation, index) => (
        <GenerationCard
          generation={generation}
          handlers={handlers}
          tabIndex={index === activeIndex ? 0 : -1}
          onFocus={() => onFocusIndex(index)}
          player={playerOf(generation.id)}
          onPlay={() => onPlay(generation.id)}
          onPreview={(on) => onPreview(generation.id, on)}
          onOpen={() => onOpen(generation)}
        />
      )}
    />
  );
}
