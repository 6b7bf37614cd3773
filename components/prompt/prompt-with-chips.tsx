import { parseWire, tokenPositions } from "@/lib/prompt";

/**
 * A sent prompt, read-only, with each <<<image_N>>> shown as the picture it meant. `images[i]` is image i+1;
 * without images (hidden references) the tokens read as plain "image N" labels.
 */
export function PromptWithChips({
  prompt,
  images,
  className,
}: {
  prompt: string;
  images: ReadonlyArray<{ src: string; name: string }> | null;
  className?: string;
}) {
  const ids = Array.from({ length: Math.max(images?.length ?? 0, countTokens(prompt)) }, (_, index) => String(index));
  const { doc } = parseWire(prompt, ids);
  return (
    <p className={className}>
      {doc.map((segment, index) => {
        // A read-only prompt never reorders: a segment's position is its identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        if (segment.kind === "text") return <span key={index}>{segment.text}</span>;
        const position = Number(segment.imageId);
        const image = images?.[position];
        const label = image ? `image ${position + 1}: ${image.name}` : `image ${position + 1}`;
        return (
          <span
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            key={index}
            role="img"
            aria-label={label}
            title={label}
            className="mx-0.5 inline-flex translate-y-0.5 items-center gap-1 rounded-full bg-neutral-800 py-0.5 pl-0.5 pr-2 align-baseline text-xs text-neutral-200 ring-1 ring-neutral-700"
          >
            {image ? (
              <img src={image.src} alt="" className="h-5 w-5 rounded-full object-cover" />
            ) : (
              <span className="h-5 w-5 rounded-full bg-neutral-700" aria-hidden="true" />
            )}
            {position + 1}
          </span>
        );
      })}
    </p>
  );
}

function countTokens(prompt: string): number {
  return Math.min(Math.max(0, ...tokenPositions(prompt)), 50);
}
