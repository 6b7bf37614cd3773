import type { GenerationView } from "@/lib/generations/view";

export type TakeGroups = {
  /** The feed with each take group standing as one card (its newest loaded take, where the group first appears). */
  items: GenerationView[];
  /** Every loaded take of each group, oldest (take 1) first. */
  takes: Map<string, GenerationView[]>;
};

/** Groups the takes of each "Generate ×N" into one recipe for the feed. Pure; keeps the feed's order. */
export function groupTakes(generations: readonly GenerationView[]): TakeGroups {
  const takes = new Map<string, GenerationView[]>();
  const items: GenerationView[] = [];
  for (const generation of generations) {
    const group = generation.takeGroup;
    if (!group) {
      items.push(generation);
      continue;
    }
    const members = takes.get(group);
    if (members) members.push(generation);
    else {
      takes.set(group, [generation]);
      items.push(generation);
    }
  }
  for (const members of takes.values()) {
    // The feed is newest first; takes read in the order they were sent (ties: the feed's order, reversed).
    members.reverse().sort((a, b) => a.createdAt - b.createdAt);
  }
  return { items, takes };
}
