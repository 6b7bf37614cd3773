"use client";

import { useEffect, useState } from "react";
import { isFiltered, type ListFilters } from "@/lib/generations/list-filters";
import { aspectRatios, modeLabels, modes } from "@/lib/generations/settings";

const SEARCH_DELAY_MS = 250;
const selectClass =
  "min-h-10 rounded-lg bg-neutral-900 px-2 text-sm text-neutral-200 ring-1 ring-neutral-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400 sm:min-h-9";
const toggleClass =
  "min-h-10 rounded-lg px-3 text-sm ring-1 ring-neutral-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400 aria-pressed:bg-sky-900 aria-pressed:text-sky-100 aria-pressed:ring-sky-700 text-neutral-300 hover:bg-neutral-800 sm:min-h-9";

type Toggle = "refs" | "shared" | "fav";
const toggles: Array<[Toggle, string]> = [
  ["fav", "★ Favourites"],
  ["shared", "Shared"],
  ["refs", "With references"],
];

type Select = {
  key: "status" | "mode" | "aspect";
  label: string;
  any: string;
  options: ReadonlyArray<readonly [value: string, text: string]>;
};
const selects: Select[] = [
  {
    key: "status",
    label: "Status",
    any: "Any status",
    options: [
      ["running", "Running"],
      ["done", "Done"],
      ["failed", "Failed"],
    ],
  },
  {
    key: "mode",
    label: "Quality",
    any: "Any quality",
    options: modes.map((mode) => [mode, modeLabels[mode]] as const),
  },
  {
    key: "aspect",
    label: "Aspect ratio",
    any: "Any shape",
    options: aspectRatios.map((aspect) => [aspect, aspect] as const),
  },
];

/** Search box and filters above the gallery; the words are sent once typing pauses. */
export function GalleryFilters({ filters, onChange }: { filters: ListFilters; onChange: (next: ListFilters) => void }) {
  const [words, setWords] = useState(filters.q ?? "");
  useEffect(() => {
    if ((filters.q ?? "") === words.trim()) return;
    const timer = setTimeout(() => onChange({ ...filters, q: words.trim() || undefined }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [words, filters, onChange]);

  const set = <K extends keyof ListFilters>(key: K, value: ListFilters[K] | "") =>
    onChange({ ...filters, [key]: value === "" ? undefined : value });

  return (
    <search aria-label="Find videos" className="flex flex-wrap items-center gap-2">
      <input
        type="search"
        aria-label="Search prompts"
        placeholder="Search prompts and image names"
        value={words}
        onChange={(event) => setWords(event.currentTarget.value)}
        className="min-h-10 min-w-0 flex-1 basis-56 rounded-lg bg-neutral-900 px-3 text-sm text-neutral-100 ring-1 ring-neutral-700 placeholder:text-neutral-400 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400 sm:min-h-9"
      />
      {selects.map(({ key, label, any, options }) => (
        <select
          key={key}
          aria-label={label}
          value={filters[key] ?? ""}
          onChange={(event) => set(key, event.currentTarget.value as ListFilters[typeof key])}
          className={selectClass}
        >
          <option value="">{any}</option>
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      ))}
      {toggles.map(([key, label]) => (
        <button
          key={key}
          type="button"
          aria-pressed={filters[key] === "1"}
          onClick={() => set(key, filters[key] === "1" ? "" : "1")}
          className={toggleClass}
        >
          {label}
        </button>
      ))}
      {isFiltered(filters) ? (
        <button
          type="button"
          onClick={() => {
            setWords("");
            onChange({});
          }}
          className="min-h-10 rounded-lg px-3 text-sm text-sky-300 hover:bg-neutral-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400 sm:min-h-9"
        >
          Clear
        </button>
      ) : null}
    </search>
  );
}
