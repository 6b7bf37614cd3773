/**
 * The prompt editor's surface as plain HTML, drawn by the server: the same box and placeholder the client-only
 * Lexical editor paints, so first paint (and Lighthouse's LCP) does not wait for the editor's code. The editor
 * replaces it in place: a CSS rule hides it once a contenteditable is in the same wrapper, so nothing shifts.
 */
export function PromptLookAlike({ placeholder }: { placeholder: string }) {
  return (
    <div
      aria-hidden="true"
      className="relative min-h-32 w-full rounded-lg border border-neutral-700 bg-neutral-950 px-3 py-2 text-sm leading-7 [div:has([contenteditable])>&]:hidden"
    >
      <div className="pointer-events-none select-none text-neutral-400">{placeholder}</div>
    </div>
  );
}
