import { expect, test } from "./fixtures";
import { screens } from "./support/screens";

// A key is set (any non-empty key works against the simulator), so the app behaves as with the real API.
test.use({ appEnv: { APIMART_API_KEY: "sk-e2e-balance-0001" } });

test("with a key, the header shows the APIMart balance and no simulator badge", async ({ studio, sim, page }) => {
  await sim.setBalance({ balance: 12.34 });
  await studio.open();
  const facts = page.getByLabel("Spend and storage");
  await expect(facts).toContainText("Balance$12.34");
  await expect(page.getByText("Simulator — no money is spent")).toHaveCount(0);
  await screens(page, "header-balance");
});
