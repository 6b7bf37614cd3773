"use client";

import { SegmentedControl } from "@/components/ui/segmented-control";
import type { AspectRatio, Duration, Mode } from "@/lib/generations/settings";
import type { Settings, SettingsSent } from "@/lib/references/video-settings";

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

/**
 * Quality, duration and aspect ratio as they will be sent. When a base video decides duration or aspect ratio,
 * that control shows the video's value, is locked, and says why; the creator's own choice comes back with the
 * video's removal.
 */
export function SettingsControls({
  sent,
  onChange,
  disabled,
}: {
  sent: SettingsSent;
  onChange: (patch: Partial<Settings>) => void;
  disabled?: boolean;
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <SegmentedControl
        legend="Quality"
        options={modeOptions}
        value={sent.mode}
        onChange={(next) => onChange({ mode: next })}
        disabled={disabled}
      />
      <SegmentedControl
        legend="Duration"
        options={durationOptions}
        value={sent.duration}
        onChange={(next) => onChange({ duration: next })}
        disabled={disabled || sent.durationNote !== undefined}
        note={sent.durationNote}
      />
      <SegmentedControl
        legend="Aspect ratio"
        options={aspectOptions}
        value={sent.aspectRatio}
        onChange={(next) => onChange({ aspectRatio: next })}
        disabled={disabled || sent.aspectNote !== undefined}
        note={sent.aspectNote}
      />
    </div>
  );
}
