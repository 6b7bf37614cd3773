import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PromptWithChips } from "@/components/prompt/prompt-with-chips";
import { appContext } from "@/lib/app-context";
import { env } from "@/lib/env";
import { promptLabel } from "@/lib/generations/prompt-label";
import { modeLabels } from "@/lib/generations/settings";
import { loadSharedVideo, type SharedVideo } from "@/lib/shares/shared-generation";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

/** The prompt in words, naming the images unless the owner hid them, cut at a word boundary. */
function describe(shared: SharedVideo, max: number): string {
  return promptLabel(shared.recipe.prompt, shared.hideReferences ? null : shared.recipe.images, max);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const shared = await loadSharedVideo(appContext(), (await params).slug);
  if (!shared) return { title: "Video not found · O1 Studio", robots: { index: false } };
  const title = `${describe(shared, 70)} · O1 Studio`;
  const description = describe(shared, 180);
  const images = shared.posterUrl ? [{ url: shared.posterUrl, width: shared.width, height: shared.height }] : [];
  return {
    metadataBase: new URL(env().publicBaseUrl),
    title,
    description,
    robots: { index: false },
    alternates: { canonical: shared.pageUrl },
    openGraph: {
      type: "video.other",
      siteName: "O1 Studio",
      url: shared.pageUrl,
      title,
      description,
      images,
      videos: [
        {
          url: shared.videoUrl,
          secureUrl: shared.videoUrl.startsWith("https:") ? shared.videoUrl : undefined,
          type: "video/mp4",
          width: shared.width,
          height: shared.height,
        },
      ],
    },
    twitter: {
      card: "player",
      title,
      description,
      images: shared.posterUrl ? [shared.posterUrl] : undefined,
      players: [{ playerUrl: shared.embedUrl, streamUrl: shared.videoUrl, width: shared.width, height: shared.height }],
    },
  };
}

export default async function SharePage({ params }: Props) {
  const shared = await loadSharedVideo(appContext(), (await params).slug);
  if (!shared) notFound();
  const { recipe } = shared;
  const references = shared.hideReferences
    ? null
    : recipe.images.map((image, index) => ({ src: `/s/${shared.slug}/images/${index + 1}`, name: image.name }));
  return (
    <main className="mx-auto max-w-4xl space-y-6 px-4 py-8">
      <header className="flex items-baseline justify-between">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          O1 Studio
        </Link>
        <span className="text-sm text-neutral-400">Made with Kling Video O1</span>
      </header>
      <div className="overflow-hidden rounded-2xl bg-black ring-1 ring-neutral-800">
        <video
          controls
          playsInline
          preload="metadata"
          src={`/s/${shared.slug}/video.mp4`}
          poster={shared.posterUrl ? `/s/${shared.slug}/poster.jpg` : undefined}
          aria-label="Shared video"
          className="mx-auto max-h-[75vh] w-auto"
          width={shared.width}
          height={shared.height}
        />
      </div>
      <section aria-labelledby="recipe-title" className="space-y-3">
        <h1 id="recipe-title" className="text-sm font-medium uppercase tracking-wide text-neutral-400">
          Prompt
        </h1>
        <PromptWithChips prompt={recipe.prompt} images={references} className="text-base leading-relaxed" />
        <ul className="flex flex-wrap gap-1.5 text-xs text-neutral-400" aria-label="Settings">
          <li className="rounded-md bg-neutral-800 px-2 py-0.5">{modeLabels[recipe.mode]}</li>
          <li className="rounded-md bg-neutral-800 px-2 py-0.5">{recipe.duration} s</li>
          <li className="rounded-md bg-neutral-800 px-2 py-0.5">{recipe.aspectRatio}</li>
          {recipe.video ? (
            <li className="flex items-center gap-1.5 rounded-md bg-neutral-800 px-2 py-0.5">
              {recipe.video.check?.posterUrl && !shared.hideReferences ? (
                <img
                  src={`/s/${shared.slug}/reference-poster.jpg`}
                  alt="Reference video poster"
                  className="h-4 rounded-sm"
                />
              ) : null}
              {recipe.video.referType === "base" ? "Edited a video" : "Video reference"}
            </li>
          ) : null}
          {shared.hideReferences && recipe.images.length > 0 ? (
            <li className="rounded-md bg-neutral-800 px-2 py-0.5">{recipe.images.length} reference images (hidden)</li>
          ) : null}
        </ul>
      </section>
      <Link
        href={`/?remix=${shared.slug}`}
        className="inline-block rounded-xl bg-sky-500 px-5 py-2.5 text-sm font-semibold text-neutral-950 hover:bg-sky-400 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-300"
      >
        Remix in O1 Studio
      </Link>
    </main>
  );
}
