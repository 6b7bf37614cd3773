"use client";

import { useMemo, useState } from "react";
import type { CardHandlers } from "@/components/gallery/card-actions";
import { useTakeActions } from "@/hooks/use-take-actions";
import type { GenerationView } from "@/lib/generations/view";
import { CompareTakes } from "./compare-takes";
import { TakesContext } from "./takes-context";

/** Gives the feed's cards their groups' takes and owns the one "Compare takes" dialog. */
export function TakesProvider({
  takes,
  handlers,
  children,
}: {
  takes: ReadonlyMap<string, GenerationView[]>;
  handlers: Pick<CardHandlers, "onFavourite">;
  children: React.ReactNode;
}) {
  const [comparing, setComparing] = useState<string | null>(null);
  const { deleteOthers } = useTakeActions();
  const value = useMemo(() => ({ takes, compare: setComparing }), [takes]);
  const shown = comparing ? (takes.get(comparing) ?? []) : [];
  return (
    <TakesContext.Provider value={value}>
      {children}
      {comparing && shown.length > 0 ? (
        <CompareTakes
          takes={shown}
          handlers={handlers}
          onClose={() => setComparing(null)}
          onDeleteOthers={(keeper) => {
            setComparing(null);
            void deleteOthers(keeper, shown);
          }}
        />
      ) : null}
    </TakesContext.Provider>
  );
}
