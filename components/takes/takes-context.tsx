"use client";

import { createContext, useContext } from "react";
import type { GenerationView } from "@/lib/generations/view";

export type TakesContextValue = {
  /** Every loaded take of each group, take 1 first. */
  takes: ReadonlyMap<string, GenerationView[]>;
  compare: (takeGroup: string) => void;
};

export const TakesContext = createContext<TakesContextValue>({ takes: new Map(), compare: () => {} });

/** The takes of this generation's group (itself included), or [] when it is a single submit. */
export function useTakesOf(generation: GenerationView): { takes: GenerationView[]; compare: () => void } {
  const { takes, compare } = useContext(TakesContext);
  const group = generation.takeGroup;
  return { takes: group ? (takes.get(group) ?? []) : [], compare: () => group && compare(group) };
}
