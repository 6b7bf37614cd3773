"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { promptLabel } from "@/lib/generations/prompt-label";
import { type GenerationView, isTerminal } from "@/lib/generations/view";

const STORAGE_KEY = "o1studio.notify.v1";
/** Only a wait worth leaving the tab for is worth a notification. */
const LONG_WAIT_MS = 30_000;

const supported = () => typeof window !== "undefined" && "Notification" in window;
const optedIn = () => supported() && Notification.permission === "granted" && localStorage.getItem(STORAGE_KEY) === "1";

/**
 * An opt-in browser notification when a long take ends while the studio's tab is in the background. The
 * browser asks for permission only when the creator presses the button, never on load.
 */
export function useDoneNotifications(generations: ReadonlyArray<GenerationView>) {
  const [enabled, setEnabled] = useState(false);
  const available = useSyncExternalStore(
    () => () => {},
    supported,
    () => false,
  );
  useEffect(() => setEnabled(optedIn()), []);
  const previous = useRef(new Map<string, boolean>());

  useEffect(() => {
    const seen = previous.current;
    for (const generation of generations) {
      const wasRunning = seen.get(generation.id);
      const ended = isTerminal(generation.status);
      seen.set(generation.id, !ended);
      if (!wasRunning || !ended || !enabled || document.visibilityState === "visible") continue;
      const started = generation.submittedAt ?? generation.createdAt;
      if ((generation.completedAt ?? Date.now()) - started < LONG_WAIT_MS) continue;
      const title = generation.status === "completed" ? "Your video is ready" : "A take ended without a video";
      new Notification(title, {
        body: promptLabel(generation.prompt, generation.images, 100),
        icon: "/icons/icon-192.png",
        tag: generation.id,
      });
    }
  }, [generations, enabled]);

  const toggle = useCallback(async () => {
    if (enabled) {
      localStorage.removeItem(STORAGE_KEY);
      setEnabled(false);
      return;
    }
    const permission = await Notification.requestPermission();
    if (permission !== "granted") return;
    localStorage.setItem(STORAGE_KEY, "1");
    setEnabled(true);
  }, [enabled]);

  return { available, enabled, toggle };
}
