import type { GenerationView } from "@/lib/generations/view";

/** The images a running take was made from, so its card is recognisable before the video exists. */
export function RecipeThumbnails({ generation }: { generation: GenerationView }) {
  const poster = generation.video?.check?.posterUrl;
  if (generation.images.length === 0 && !poster) return null;
  return (
    <ul aria-label="Made from" className="flex flex-1 flex-wrap content-center justify-center gap-2 p-4">
      {generation.images.map((image, index) => (
        <li key={image.assetId}>
          <img
            src={image.previewUrl}
            // biome-ignore lint/a11y/noRedundantAlt: "image N: name" is how the app names a reference everywhere
            alt={`image ${index + 1}: ${image.name}`}
            width={image.width}
            height={image.height}
            loading="lazy"
            decoding="async"
            className="h-14 w-auto rounded-md object-cover opacity-80 ring-1 ring-neutral-800"
          />
        </li>
      ))}
      {poster ? (
        <li>
          <img
            src={poster}
            alt="Reference video"
            loading="lazy"
            className="h-14 w-auto rounded-md object-cover opacity-80 ring-1 ring-sky-900"
          />
        </li>
      ) : null}
    </ul>
  );
}
