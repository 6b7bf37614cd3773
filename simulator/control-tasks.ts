import { rm } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import { join } from "node:path";
import { z } from "zod";
import type { SimContext } from "./context";
import { sendJson } from "./http";
import { isTerminal, taskPhase } from "./task-view";
import { effectiveVariants, patchGlobal, patchTask, type VariantsPatch } from "./variants";

/** Control routes that act on tasks: expire, forget, cancel and per-task variants. */

export const expireSchema = z.object({
  task_id: z.string().min(1).optional(),
  uploads: z.boolean().default(false),
  videos: z.boolean().default(true),
  /** What the dead link answers. */
  status: z.union([z.literal(404), z.literal(410)]).default(404),
  /** The task shows a new, working link from now on; the old one stays dead. */
  renew: z.boolean().default(false),
});

export const taskIdSchema = z.object({ task_id: z.string().min(1) });

function taskMissing(res: ServerResponse): void {
  sendJson(res, 404, { ok: false, error: "task not found" });
}

export async function expire(ctx: SimContext, res: ServerResponse, input: z.infer<typeof expireSchema>): Promise<void> {
  let videos = 0;
  if (input.videos) {
    const targets = input.task_id === undefined ? ctx.store.all() : [ctx.store.get(input.task_id)];
    if (targets[0] === undefined && input.task_id !== undefined) return taskMissing(res);
    for (const task of targets) {
      if (task === undefined || (task.expired && !input.renew)) continue;
      await ctx.store.update(task.id, (current) =>
        input.renew
          ? { ...current, expired: false, expiredStatus: input.status, linkVersion: current.linkVersion + 1 }
          : { ...current, expired: true, expiredStatus: input.status },
      );
      videos++;
    }
  }
  const images = input.uploads ? await ctx.files.expireUploads() : 0;
  sendJson(res, 200, { ok: true, expired: { videos, images } });
}

/** The task is gone upstream (retention ended): polls answer not-found, its files 404. */
export async function forget(ctx: SimContext, res: ServerResponse, taskId: string): Promise<void> {
  const task = ctx.store.get(taskId);
  if (task === undefined) return taskMissing(res);
  await ctx.renders.cancel(taskId);
  await ctx.store.delete(taskId);
  if (task.render.status === "done") await rm(join(ctx.files.paths.videos, task.render.file), { force: true });
  await rm(join(ctx.files.paths.thumbnails, `${taskId}.jpg`), { force: true });
  sendJson(res, 200, { ok: true });
}

/** Cancelled by the user (§12): from now on the task reports `cancelled`, without a cost. */
export async function cancel(ctx: SimContext, res: ServerResponse, taskId: string): Promise<void> {
  const task = ctx.store.get(taskId);
  if (task === undefined) return taskMissing(res);
  const now = Date.now();
  const phase = taskPhase(task, now);
  if (isTerminal(phase)) return sendJson(res, 409, { ok: false, error: `task already ended (${phase.kind})` });
  await ctx.store.update(taskId, (current) => ({ ...current, cancelledMs: now }));
  sendJson(res, 200, { ok: true });
}

export function showVariants(ctx: SimContext, res: ServerResponse, taskId: string | null): void {
  const task = taskId === null ? undefined : ctx.store.get(taskId);
  if (taskId === null) sendJson(res, 200, { ok: true, variants: ctx.variants });
  else if (task === undefined) taskMissing(res);
  else
    sendJson(res, 200, {
      ok: true,
      overrides: task.variants,
      variants: effectiveVariants(ctx.variants, task.variants),
    });
}

export async function changeVariants(ctx: SimContext, res: ServerResponse, patch: VariantsPatch): Promise<void> {
  if (patch.task_id === undefined) {
    ctx.variants = patchGlobal(ctx.variants, patch);
    return sendJson(res, 200, { ok: true, variants: ctx.variants });
  }
  const task = ctx.store.get(patch.task_id);
  if (task === undefined) return taskMissing(res);
  const next = patchTask(task.variants, patch);
  if (typeof next === "string") return sendJson(res, 400, { ok: false, error: next });
  await ctx.store.update(task.id, (current) => ({ ...current, variants: next }));
  showVariants(ctx, res, task.id);
}
