import type { Ref } from "react";

type Props = {
  value: string;
  onChange: (value: string) => void;
  label: string;
  placeholder: string;
  inputRef?: Ref<HTMLInputElement>;
};

/** The search box at the top of the composer's pickers (library, history). */
export function PanelSearch({ value, onChange, label, placeholder, inputRef }: Props) {
  return (
    // 16 px on phones: a smaller font makes iOS zoom the page when the box takes focus.
    <input
      ref={inputRef}
      type="search"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      // Enter in a search box inside the composer's form must not submit a generation.
      onKeyDown={(event) => {
        if (event.key === "Enter") event.preventDefault();
      }}
      aria-label={label}
      placeholder={placeholder}
      className="mb-3 w-full rounded-lg border border-neutral-700 bg-neutral-950 px-3 py-2 text-base sm:text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500"
    />
  );
}
