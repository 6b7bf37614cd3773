import { modeLabels } from "@/lib/generations/settings";
import type { GenerationView } from "@/lib/generations/view";
import { CardCost } from "./card-cost";

const fact = "rounded-md bg-neutral-800 px-2 py-0.5";

/** A result's settings as small facts: quality, length (the base video's when it set it), aspect, video, cost. */
export function SettingsFacts({ generation, className }: { generation: GenerationView; className: string }) {
  const baseSeconds = generation.video?.referType === "base" ? generation.video.check?.durationSeconds : undefined;
  const poster = generation.video?.check?.posterUrl;
  return (
    <ul className={`flex flex-wrap gap-1.5 text-xs ${className}`} aria-label="Settings">
      <li className={fact}>{modeLabels[generation.mode]}</li>
      <li className={fact}>{baseSeconds ? `${baseSeconds.toFixed(1)} s (from video)` : `${generation.duration} s`}</li>
      <li className={fact}>{generation.aspectRatio}</li>
      {generation.video ? (
        <li className="flex items-center gap-1.5 rounded-md bg-sky-950 px-2 py-0.5 text-sky-200">
          {poster ? <img src={poster} alt="Reference video poster" className="h-4 rounded-sm" /> : null}
          {generation.video.referType === "base" ? "Edited a video" : "Video reference"}
        </li>
      ) : null}
      <CardCost generation={generation} />
    </ul>
  );
}
