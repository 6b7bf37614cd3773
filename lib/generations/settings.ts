/**
 * The generation settings kling-video-o1 takes, in one place: the recipe schema, the database columns, the
 * APIMart body and the controls all use these lists.
 */
export const modes = ["std", "pro"] as const;
export const durations = [5, 10] as const;
export const aspectRatios = ["16:9", "9:16", "1:1"] as const;
/** `base`: edit this video; `feature`: borrow its motion or style. */
export const referTypes = ["base", "feature"] as const;

export type Mode = (typeof modes)[number];
export type Duration = (typeof durations)[number];
export type AspectRatio = (typeof aspectRatios)[number];
export type ReferType = (typeof referTypes)[number];

export const modeLabels: Record<Mode, string> = { std: "Standard · 720p", pro: "Pro · 1080p" };

export const PROMPT_LIMIT = 2500;

/** How long a deleted video (or a removed tray image) can be brought back; the toast shows its Undo as long. */
export const UNDO_WINDOW_MS = 10_000;
