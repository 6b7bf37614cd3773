"use client";

import { useEffect, useId, useState } from "react";
import { useDropzone } from "react-dropzone";

type Props = {
  maxImages: number;
  compact: boolean;
  onFiles: (files: File[]) => void;
};

/**
 * Drop, click or Enter/Space to choose. No `accept` filter: every file goes through the app's own checks,
 * which name the file and the rule instead of dropping it silently.
 */
export function TrayDropzone({ maxImages, compact, onFiles }: Props) {
  const titleId = useId();
  const helpId = useId();
  // Server-rendered, the input exists before its handlers do: a file chosen then would vanish unseen.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const { getRootProps, getInputProps, isDragActive } = useDropzone({
    onDrop: (accepted: File[]) => onFiles(accepted),
    multiple: true,
    // The tray's own paste handler covers the dropzone too; a second one would add each pasted file twice.
    noPaste: true,
  });

  return (
    <div>
      <div
        {...getRootProps({
          role: "button",
          "aria-labelledby": titleId,
          "aria-describedby": helpId,
          className: `flex cursor-pointer flex-col items-center justify-center gap-1 rounded-xl border border-dashed text-center transition focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 ${
            compact ? "px-3 py-3" : "px-4 py-8"
          } ${isDragActive ? "border-sky-500 bg-sky-500/10" : "border-neutral-700 bg-neutral-950 hover:border-neutral-500"}`,
        })}
      >
        <span id={titleId} className="text-sm font-medium text-neutral-100">
          Add images
        </span>
        <span id={helpId} className="text-xs text-neutral-400">
          Drop, paste or choose images — JPEG or PNG, at least 300 px, up to {maxImages}
        </span>
      </div>
      {/* image/* lets iPhones hand over a JPEG instead of HEIC. Hidden from assistive tech: "Add images" is the control. */}
      <input
        {...getInputProps({
          "aria-label": "Choose image files",
          "aria-hidden": true,
          accept: "image/*",
          disabled: !hydrated,
        })}
      />
    </div>
  );
}
