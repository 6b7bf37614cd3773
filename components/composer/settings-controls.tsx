"use client";

import { SegmentedControl } from "@/components/ui/segmented-control";
import type { AspectRatio, Duration, Mode } from "@/lib/generations/settings";

const modeOptions = [
  { value: "std", label: "Standard", hint: "720p" },
  { value: "pro", label: "Pro", hint: "1080p" },
] as const satisfies ReadonlyArray<{ value: Mode; label: string; hint: string }>;

const durationOptions = [
  { value: 5, label: "5 s" },
  { value: 10, label: "10 s" },
] as const satisfies ReadonlyArray<{ value: Duration; label: string }>;

const aspectOptions = [
  { value: "16:9", label: "16:9" },
  { value: "9:16", label: "9:16" },
  { value: "1:1", label: "1:1" },
] as const satisfies ReadonlyArray<{ value: AspectRatio; label: string }>;

export function SettingsControls({
  mode,
  duration,
  aspectRatio,
  onChange,
  disabled,
  durationNote,
}: {
  mode: Mode;
  duration: Duration;
  aspectRatio: AspectRatio;
  onChange: (patch: { mode?: Mode; duration?: Duration; aspectRatio?: AspectRatio }) => void;
  disabled?: boolean;
  /** When set, the duration is not the creator's choice (a base video decides it), and this says why. */
  durationNote?: string;
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <SegmentedControl
        legend="Quality"
        options={modeOptions}
        value={mode}
        onChange={(next) => onChange({ mode: next })}
        disabled={disabled}
      />
      <SegmentedControl
        legend="Duration"
        options={durationOptions}
        value={duration}
        onChange={(next) => onChange({ duration: next })}
        disabled={disabled || durationNote !== undefined}
        note={durationNote}
      />
      <SegmentedControl
        legend="Aspect ratio"
        options={aspectOptions}
        value={aspectRatio}
        onChange={(next) => onChange({ aspectRatio: next })}
        disabled={disabled}
      />
    </div>
  );
}
