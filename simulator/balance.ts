import { z } from "zod";
import { CREDITS_PER_USD, microToUsd, usdToMicro } from "../lib/apimart/prices";
import { priceTask } from "./pricing";
import type { GenerationRequest } from "./task-record";
import { chargedMicroUsd, isTerminal, taskPhase } from "./task-view";
import type { TaskStore } from "./tasks";

/** A fresh simulator account: enough for a few hundred clips, finite so the app shows a real balance. */
export const defaultBalanceUsd = 100;

export const balancePatchSchema = z.object({
  /** Remaining USD from now on; -1 makes the key unlimited (APIMart reports -1 for unlimited keys). */
  balance: z.union([z.literal(-1), z.number().min(0).max(1_000_000)]).optional(),
  /** Balance queries answer HTTP 200 `{success:false}` while true. */
  fail: z.boolean().optional(),
  fail_message: z.string().min(1).max(500).optional(),
});
export type BalancePatch = z.infer<typeof balancePatchSchema>;

export type BalanceAnswer =
  | {
      success: true;
      remain_balance: number;
      remain_credits: number;
      used_balance: number;
      used_credits: number;
      unlimited_quota: boolean;
    }
  | { success: false; message: string };

/**
 * The account behind every key. Spending is derived from the tasks themselves (each completed task's cost,
 * §12: charged at completion, failures refunded), so it survives restarts and never drifts from what polls
 * report. Setting a balance records the spend at that moment; the remainder falls from there.
 */
export class Balance {
  private unlimited = false;
  private baseMicro = 0;
  private spentAtSetMicro = 0;
  private failMessage: string | null = null;

  /** `startUsd`: the balance at start and after a reset; -1 is unlimited. */
  constructor(
    private readonly store: TaskStore,
    private readonly startUsd: number = defaultBalanceUsd,
  ) {
    this.reset();
  }

  private spentMicro(nowMs: number): number {
    return this.store.all().reduce((sum, task) => sum + chargedMicroUsd(task, nowMs), 0);
  }

  /** Remaining micro-dollars, or null when unlimited. */
  remainingMicro(nowMs: number): number | null {
    if (this.unlimited) return null;
    return this.baseMicro - (this.spentMicro(nowMs) - this.spentAtSetMicro);
  }

  /**
   * Credit is held at submit and settled on completion (§12), so a submit is refused (402) when the remainder,
   * less what running tasks hold, does not cover its price.
   */
  covers(request: GenerationRequest, nowMs: number): boolean {
    const remaining = this.remainingMicro(nowMs);
    if (remaining === null) return true;
    const hold = (r: GenerationRequest) => priceTask(r, r.duration).microUsd;
    const held = this.store
      .all()
      .reduce((sum, task) => (isTerminal(taskPhase(task, nowMs)) ? sum : sum + hold(task.request)), 0);
    return remaining - held >= hold(request);
  }

  apply(patch: BalancePatch, nowMs: number): void {
    if (patch.balance !== undefined) {
      this.unlimited = patch.balance === -1;
      this.baseMicro = this.unlimited ? 0 : usdToMicro(patch.balance);
      this.spentAtSetMicro = this.spentMicro(nowMs);
    }
    if (patch.fail !== undefined)
      this.failMessage = patch.fail ? (patch.fail_message ?? "failed to query balance") : null;
    else if (patch.fail_message !== undefined && this.failMessage !== null) this.failMessage = patch.fail_message;
  }

  /** Back to the start balance, counted from the tasks that exist now (none, after a full reset). */
  reset(nowMs: number = Date.now()): void {
    this.unlimited = this.startUsd === -1;
    this.baseMicro = this.unlimited ? 0 : usdToMicro(this.startUsd);
    this.spentAtSetMicro = this.spentMicro(nowMs);
    this.failMessage = null;
  }

  answer(nowMs: number): BalanceAnswer {
    if (this.failMessage !== null) return { success: false, message: this.failMessage };
    const used = this.spentMicro(nowMs);
    const remaining = this.remainingMicro(nowMs);
    return {
      success: true,
      remain_balance: remaining === null ? -1 : microToUsd(remaining),
      remain_credits: remaining === null ? -1 : (remaining * CREDITS_PER_USD) / 1_000_000,
      used_balance: microToUsd(used),
      used_credits: (used * CREDITS_PER_USD) / 1_000_000,
      unlimited_quota: remaining === null,
    };
  }
}
