/**
 * The prompt editor's surface as plain HTML, drawn by the server: the same markup and classes as the Lexical
 * editor's box and placeholder (components/editor/prompt-editor.tsx), so first paint, and the Largest Contentful
 * Paint, do not wait for the editor's code. Identical geometry matters: a placeholder that paints even slightly
 * larger later becomes the LCP again. A CSS rule hides this once a contenteditable is in the same wrapper.
 */
export function PromptLookAlike({ placeholder }: { placeholder: string }) {
  return (
    <div aria-hidden="true" className="relative [div:has([contenteditable])>&]:hidden">
      <div className="min-h-32 w-full rounded-lg border border-neutral-700 bg-neutral-950 px-3 py-2 text-sm leading-7" />
      <div className="pointer-events-none absolute left-3 top-2 select-none text-sm leading-7 text-neutral-400">
        {placeholder}
      </div>
    </div>
  );
}
