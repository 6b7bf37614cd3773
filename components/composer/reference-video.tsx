"use client";

import { useId, useState, useTransition } from "react";
import { checkReferenceVideo } from "@/app/actions/check-reference-video";
import { settle } from "@/lib/actions/result";
import type { ReferType } from "@/lib/generations/settings";
import { readErrorBody } from "@/lib/http/error-body";
import { uploadedVideoSchema } from "@/lib/references/uploaded-video";
import type { VideoRef } from "@/lib/references/video-ref";

const referTypes = [
  {
    value: "base",
    label: "Edit this video",
    help: "Kling changes what your prompt describes and keeps the rest; the result is as long as this clip.",
  },
  {
    value: "feature",
    label: "Borrow its motion or style",
    help: "Kling makes a new clip that follows this video's movement, camera or look.",
  },
] as const;

/** The optional reference video: pasted URL or a past result, checked on the server before anything is spent. */
export function ReferenceVideo({
  video,
  onChange,
}: {
  video: VideoRef | null;
  onChange: (video: VideoRef | null) => void;
}) {
  const [url, setUrl] = useState(video?.url ?? "");
  const [error, setError] = useState<string | null>(null);
  const [isChecking, startCheck] = useTransition();
  const [open, setOpen] = useState(video !== null);
  const urlId = useId();
  const referType = video?.referType ?? "base";

  async function upload(file: File) {
    setError(null);
    startCheck(async () => {
      const params = new URLSearchParams({ name: file.name, referType });
      const response = await fetch(`/api/videos?${params}`, { method: "POST", body: file }).catch(() => null);
      const body: unknown = await response?.json().catch(() => null);
      const stored = response?.ok ? uploadedVideoSchema.safeParse(body) : undefined;
      if (!stored?.success) {
        return setError(readErrorBody(body)?.message ?? "The upload did not reach O1 Studio's server. Try again.");
      }
      const { url, check } = stored.data;
      onChange({ url, referType, keepOriginalSound: video?.keepOriginalSound ?? false, check });
    });
  }

  function check(nextUrl: string, nextType: ReferType, keepOriginalSound: boolean) {
    setError(null);
    startCheck(async () => {
      const result = await settle(checkReferenceVideo({ url: nextUrl, referType: nextType }));
      if (!result.ok) return setError(result.error.message);
      onChange({ url: nextUrl, referType: nextType, keepOriginalSound, check: result.data });
    });
  }

  if (!open && !video) {
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="rounded-lg px-3 py-1.5 text-sm text-neutral-300 ring-1 ring-neutral-700 hover:bg-neutral-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400"
      >
        Add a reference video
      </button>
    );
  }

  return (
    <section aria-label="Reference video" className="space-y-3 rounded-xl bg-neutral-950 p-3 ring-1 ring-neutral-800">
      <div className="flex items-baseline justify-between">
        <h2 className="text-sm font-medium text-neutral-200">Reference video</h2>
        <button
          type="button"
          className="text-xs text-neutral-400 hover:text-neutral-200"
          onClick={() => {
            onChange(null);
            setUrl("");
            setError(null);
            setOpen(false);
          }}
        >
          Remove video
        </button>
      </div>
      <div className="flex gap-2">
        <label htmlFor={urlId} className="sr-only">
          Video URL
        </label>
        <input
          id={urlId}
          type="url"
          inputMode="url"
          placeholder="https://… .mp4 or .mov (3–10 s, 720–2160 px, 24–60 fps)"
          value={url}
          onChange={(event) => setUrl(event.target.value)}
          className="min-w-0 flex-1 rounded-lg bg-neutral-900 px-3 py-2 text-sm ring-1 ring-neutral-800 focus:outline-none focus:ring-2 focus:ring-sky-500"
        />
        <button
          type="button"
          disabled={isChecking || url.trim() === ""}
          onClick={() => check(url.trim(), referType, video?.keepOriginalSound ?? false)}
          className="rounded-lg bg-neutral-100 px-3 py-2 text-sm font-medium text-neutral-950 disabled:opacity-50"
        >
          {isChecking ? "Checking…" : "Use video"}
        </button>
      </div>
      <label className="inline-flex cursor-pointer items-center gap-2 rounded-lg px-3 py-1.5 text-sm text-neutral-300 ring-1 ring-neutral-700 hover:bg-neutral-800 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-sky-400">
        <input
          type="file"
          accept="video/mp4,video/quicktime,.mp4,.mov"
          className="sr-only"
          disabled={isChecking}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = "";
            if (file) void upload(file);
          }}
        />
        Upload a video file
      </label>
      <fieldset className="space-y-1.5">
        <legend className="mb-1 text-xs font-medium uppercase tracking-wide text-neutral-400">How to use it</legend>
        {referTypes.map((option) => (
          <label key={option.value} className="flex gap-2 text-sm text-neutral-200">
            <input
              type="radio"
              name={`${urlId}-type`}
              checked={referType === option.value}
              onChange={() =>
                video ? onChange({ ...video, referType: option.value }) : check(url.trim(), option.value, false)
              }
              disabled={!video && url.trim() === ""}
            />
            <span>
              {option.label}
              <span className="block text-xs text-neutral-500">{option.help}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label className="flex items-center gap-2 text-sm text-neutral-200">
        <input
          type="checkbox"
          checked={video?.keepOriginalSound ?? false}
          disabled={!video}
          onChange={(event) => video && onChange({ ...video, keepOriginalSound: event.currentTarget.checked })}
        />
        Keep the original sound
      </label>
      {video?.check ? (
        <div className="flex items-center gap-3">
          {video.check.posterUrl ? (
            <img
              src={video.check.posterUrl}
              alt="Reference video poster"
              className="h-16 rounded-md ring-1 ring-neutral-800"
            />
          ) : null}
          <p className="text-xs text-neutral-400" data-testid="reference-video-facts">
            {video.check.description}
          </p>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="rounded-lg bg-red-950/60 px-3 py-2 text-sm text-red-200 ring-1 ring-red-900">
          {error}
        </p>
      ) : null}
    </section>
  );
}
