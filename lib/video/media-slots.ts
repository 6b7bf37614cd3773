import "server-only";
import { limitConcurrency } from "@/lib/images/limit-concurrency";

/**
 * ffprobe and ffmpeg runs at once across the whole server. Each one can take a core and tens of MB; on a
 * two-core machine more than two only slow every request down and let a burst of uploads exhaust memory.
 * Queued runs wait their turn (their own timeouts start when they run).
 */
export const withMediaSlot = limitConcurrency(2);
