/**
 * Shown while the gallery cannot get fresh status from O1 Studio's server. Calm on purpose: the tasks themselves
 * are safe (the server keeps polling APIMart on its own) and the notice goes away with the first poll that works.
 */
export function PollTroubleNotice() {
  return (
    <p
      role="status"
      className="rounded-lg bg-neutral-800/70 px-3 py-2 text-sm text-neutral-300 ring-1 ring-neutral-700"
    >
      Can't reach O1 Studio's server to update your videos right now. They keep running, and this updates by itself when
      the connection is back.
    </p>
  );
}
