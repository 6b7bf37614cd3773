import { describe, expect, it } from "vitest";
import { byteBudget } from "./byte-budget";

describe("byteBudget", () => {
  it("runs small work side by side and big work within the budget, in order", async () => {
    const run = byteBudget(100);
    let active = 0;
    let most = 0;
    const order: number[] = [];
    const gates: Array<() => void> = [];
    const task = (id: number) => async () => {
      active += 1;
      most = Math.max(most, active);
      order.push(id);
      await new Promise<void>((resolve) => gates.push(resolve));
      active -= 1;
    };
    const all = [run(60, task(1)), run(60, task(2)), run(30, task(3)), run(10, task(4))];
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual([1]); // 2 would pass the budget; 3 and 4 wait behind it
    gates.shift()?.();
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual([1, 2, 3, 4]);
    while (gates.length > 0) gates.shift()?.();
    await Promise.all(all);
    expect(most).toBe(3);
  });

  it("still runs one request larger than the whole budget", async () => {
    const run = byteBudget(10);
    expect(await run(1000, async () => "done")).toBe("done");
  });
});
