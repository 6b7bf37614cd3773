import { formatUsd } from "@/lib/apimart/prices";
import type { GenerationView } from "@/lib/generations/view";

const charged = new Set<GenerationView["status"]>(["completed", "saving", "expired"]);
const pending = new Set<GenerationView["status"]>(["submitting", "checking", "pending", "processing"]);

function credits(value: number): string {
  return `${Number(value.toFixed(2))} credits`;
}

/**
 * What the clip costs: APIMart's reported charge (and credits) once it is known, the price table's estimate
 * while it runs; nothing for a failed task (refunded upstream).
 */
export function CardCost({ generation }: { generation: GenerationView }) {
  if (generation.cost !== null && charged.has(generation.status)) {
    const text = `${formatUsd(generation.cost)}${generation.creditsCost === null ? "" : ` · ${credits(generation.creditsCost)}`}`;
    return (
      <li className="rounded-md bg-neutral-800 px-2 py-0.5" aria-label={`Cost ${text}`} data-testid="card-cost">
        {text}
      </li>
    );
  }
  if (!pending.has(generation.status)) return null;
  const estimate = formatUsd(generation.estimatedCost);
  return (
    <li className="rounded-md bg-neutral-800 px-2 py-0.5 text-neutral-400" aria-label={`Estimated cost ${estimate}`}>
      ≈ {estimate}
    </li>
  );
}
