import { z } from "zod";

/** Inputs several actions share. */
export const generationIdInput = z.object({
  generationId: z.string().min(1, "Unknown generation.").max(100, "Unknown generation."),
});
