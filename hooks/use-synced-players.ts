"use client";

import { useCallback, useRef, useState } from "react";

/** Further apart than this while playing, a take is moved to the lead's time (decoders drift a little). */
const DRIFT_S = 0.25;

/**
 * Several <video> elements played as one: play, pause and seek act on all of them at once, and the others follow
 * the first (the lead) while playing. Returns a ref setter per index and the shared state for the controls.
 */
export function useSyncedPlayers() {
  const videos = useRef<Array<HTMLVideoElement | null>>([]);
  const [playing, setPlaying] = useState(false);
  const [time, setTime] = useState(0);
  const [duration, setDuration] = useState(0);

  const all = useCallback(() => videos.current.filter((video): video is HTMLVideoElement => video !== null), []);

  const refFor = useCallback(
    (index: number) => (element: HTMLVideoElement | null) => {
      videos.current[index] = element;
    },
    [],
  );

  const seek = useCallback(
    (seconds: number) => {
      for (const video of all()) video.currentTime = Math.min(seconds, video.duration || seconds);
      setTime(seconds);
    },
    [all],
  );

  const play = useCallback(async () => {
    const [lead, ...rest] = all();
    if (!lead) return;
    for (const video of rest) video.currentTime = lead.currentTime;
    setPlaying(true);
    // A take that cannot play (still loading, removed) must not stop the others.
    await Promise.allSettled(all().map((video) => video.play()));
  }, [all]);

  const pause = useCallback(() => {
    const [lead, ...rest] = all();
    for (const video of all()) video.pause();
    if (lead) for (const video of rest) video.currentTime = lead.currentTime;
    setPlaying(false);
  }, [all]);

  /** Wired to the lead's timeupdate / durationchange / ended. */
  const leadEvents = {
    onTimeUpdate: (event: React.SyntheticEvent<HTMLVideoElement>) => {
      const lead = event.currentTarget;
      setTime(lead.currentTime);
      if (lead.paused) return;
      for (const video of all()) {
        if (video !== lead && Math.abs(video.currentTime - lead.currentTime) > DRIFT_S) {
          video.currentTime = lead.currentTime;
        }
      }
    },
    onDurationChange: (event: React.SyntheticEvent<HTMLVideoElement>) => {
      setDuration(Number.isFinite(event.currentTarget.duration) ? event.currentTarget.duration : 0);
    },
    onEnded: () => pause(),
  };

  return { refFor, play, pause, seek, playing, time, duration, leadEvents };
}
