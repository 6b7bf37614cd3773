"use client";

import { useId, useState } from "react";
import { useComposerActions, useComposerState } from "@/hooks/composer-context";
import type { ReferType } from "@/lib/generations/settings";
import type { VideoRef } from "@/lib/references/video-ref";

const referTypes = [
  {
    value: "base",
    label: "Edit this video",
    help: "Kling changes what your prompt describes and keeps the rest; the result is as long and as wide as this clip.",
  },
  {
    value: "feature",
    label: "Borrow its motion or style",
    help: "Kling makes a new clip that follows this video's movement, camera or look.",
  },
] as const;

const pill =
  "rounded-lg px-3 py-1.5 text-sm text-neutral-300 ring-1 ring-neutral-700 hover:bg-neutral-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-400";

/**
 * The optional reference video: a pasted URL, an uploaded file or a past result, checked on the server before
 * anything is spent. The video, the check in flight and its failure all live in the composer (Generate waits for
 * the check); only the URL being typed is this panel's own.
 */
export function ReferenceVideo() {
  const { draft, videoCheck } = useComposerState();
  // A new video (a remix, a past result) starts the panel afresh: its URL box shows that video.
  return <ReferenceVideoPanel key={draft.video?.url ?? "none"} video={draft.video} videoCheck={videoCheck} />;
}

function ReferenceVideoPanel({
  video,
  videoCheck,
}: {
  video: VideoRef | null;
  videoCheck: { pending: number | null; error: string | null };
}) {
  const actions = useComposerActions();
  const [url, setUrl] = useState(video?.url ?? "");
  const [open, setOpen] = useState(false);
  const urlId = useId();
  const checking = videoCheck.pending !== null;
  const referType: ReferType = video?.referType ?? "base";
  const keepSound = video?.keepOriginalSound ?? false;

  if (!open && !video && !checking && !videoCheck.error) {
    return (
      <button type="button" onClick={() => setOpen(true)} className={pill}>
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
            actions.setVideo(null);
            setUrl("");
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
          disabled={checking || url.trim() === ""}
          onClick={() => void actions.checkVideo(url.trim(), referType, keepSound)}
          className="rounded-lg bg-neutral-100 px-3 py-2 text-sm font-medium text-neutral-950 disabled:opacity-50"
        >
          {checking ? "Checking…" : "Use video"}
        </button>
      </div>
      <label
        className={`inline-flex cursor-pointer items-center gap-2 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-sky-400 ${pill}`}
      >
        <input
          type="file"
          accept="video/mp4,video/quicktime,.mp4,.mov"
          className="sr-only"
          disabled={checking}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = "";
            if (file) void actions.uploadVideo(file, referType, keepSound);
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
                video
                  ? actions.setVideo({ ...video, referType: option.value })
                  : void actions.checkVideo(url.trim(), option.value, false)
              }
              disabled={checking || (!video && url.trim() === "")}
            />
            <span>
              {option.label}
              <span className="block text-xs text-neutral-400">{option.help}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label className="flex items-center gap-2 text-sm text-neutral-200">
        <input
          type="checkbox"
          checked={keepSound}
          disabled={!video}
          onChange={(event) => video && actions.setVideo({ ...video, keepOriginalSound: event.currentTarget.checked })}
        />
        Keep the original sound
      </label>
      {checking ? (
        <p role="status" className="text-xs text-neutral-400">
          Checking the video on the server (download, length, size, frame rate)…
        </p>
      ) : null}
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
      {videoCheck.error ? (
        <p role="alert" className="rounded-lg bg-red-950/60 px-3 py-2 text-sm text-red-200 ring-1 ring-red-900">
          {videoCheck.error}
        </p>
      ) : null}
    </section>
  );
}
