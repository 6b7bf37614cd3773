"use client";

import { useId } from "react";

type Option<T extends string | number> = { value: T; label: string; hint?: string };

/** A row of radio buttons styled as a segmented control: native keyboard behaviour, named by its legend. */
export function SegmentedControl<T extends string | number>({
  legend,
  options,
  value,
  onChange,
  disabled,
  note,
}: {
  legend: string;
  options: ReadonlyArray<Option<T>>;
  value: T;
  onChange: (value: T) => void;
  disabled?: boolean;
  note?: string;
}) {
  const name = useId();
  return (
    <fieldset className="min-w-0" disabled={disabled}>
      <legend className="mb-1.5 text-xs font-medium uppercase tracking-wide text-neutral-400">{legend}</legend>
      <div className="flex rounded-lg bg-neutral-900 p-0.5 ring-1 ring-neutral-800">
        {options.map((option) => (
          <label
            key={String(option.value)}
            className="relative flex-1 cursor-pointer rounded-md px-3 py-1.5 text-center text-sm text-neutral-300 transition has-[:checked]:bg-neutral-100 has-[:checked]:text-neutral-950 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-sky-400 has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-60"
          >
            <input
              type="radio"
              // Transparent over the whole segment: clicks and taps hit the real radio.
              className="absolute inset-0 z-10 cursor-pointer opacity-0"
              name={name}
              value={String(option.value)}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <span className="whitespace-nowrap">{option.label}</span>
            {option.hint ? <span className="text-xs opacity-70"> {option.hint}</span> : null}
          </label>
        ))}
      </div>
      {note ? <p className="mt-1 text-xs text-neutral-400">{note}</p> : null}
    </fieldset>
  );
}
