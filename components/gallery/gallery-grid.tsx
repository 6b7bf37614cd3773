"use client";

import { memo } from "react";
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
        <GridCard
          generation={generation}
          index={index}
          handlers={handlers}
          tabIndex={index === activeIndex ? 0 : -1}
          player={playerOf(generation.id)}
          onFocusIndex={onFocusIndex}
          onPlay={onPlay}
          onPreview={onPreview}
          onOpen={onOpen}
        />
      )}
    />
  );
}

type GridCardProps = {
  generation: GenerationView;
  index: number;
  handlers: CardHandlers;
  tabIndex: number;
  player: PlayerState;
  onFocusIndex: (index: number) => void;
  onPlay: (id: string) => void;
  onPreview: (id: string, on: boolean) => void;
  onOpen: (generation: GenerationView) => void;
};

/**
 * A card that re-renders only when its own props change. Scrolling re-renders the grid's rows on every frame
 * that moves the window; without this every card on screen rendered again each time (the frame-time budget).
 * Its callbacks take the id, so the ones it is given stay the same objects while the page scrolls.
 */
const GridCard = memo(function GridCard({
  generation,
  index,
  handlers,
  tabIndex,
  player,
  onFocusIndex,
  onPlay,
  onPreview,
  onOpen,
}: GridCardProps) {
  return (
    <GenerationCard
      generation={generation}
      handlers={handlers}
      tabIndex={tabIndex}
      onFocus={() => onFocusIndex(index)}
      player={player}
      onPlay={() => onPlay(generation.id)}
      onPreview={(on) => onPreview(generation.id, on)}
      onOpen={() => onOpen(generation)}
    />
  );
});
