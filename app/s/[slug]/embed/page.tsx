import { notFound } from "next/navigation";
import { appContext } from "@/lib/app-context";
import { loadSharedVideo } from "@/lib/shares/shared-generation";

export const dynamic = "force-dynamic";

/** The bare player that Twitter/X's player card frames. */
export default async function EmbedPage({ params }: { params: Promise<{ slug: string }> }) {
  const shared = await loadSharedVideo(appContext(), (await params).slug);
  if (!shared) notFound();
  return (
    <video
      controls
      playsInline
      src={`/s/${shared.slug}/video.mp4`}
      poster={shared.posterUrl ? `/s/${shared.slug}/poster.jpg` : undefined}
      aria-label="Shared video"
      className="h-screen w-screen bg-black object-contain"
    />
  );
}
