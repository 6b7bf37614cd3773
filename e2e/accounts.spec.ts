import { expect, signedOut, test } from "./fixtures";
import { screens } from "./support/screens";

// Its own stack (a fresh data folder with no accounts) and no saved sign-in.
test.use({ appEnv: { E2E_STACK: "first-run" }, storageState: signedOut });

const owner = { email: "first@studio.test", password: "a-long-owner-password" };

test.describe("accounts", () => {
  test("first run creates the owner; sign out; sign in at /login; sign-up is closed afterwards", async ({
    page,
    stack,
  }) => {
    // Anonymous API calls are refused with 401 before any account exists.
    const anonymous = await page.request.get("/api/generations?limit=1");
    expect(anonymous.status()).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: "signed_out" } });

    await page.goto("/");
    await expect(page).toHaveURL(/\/welcome$/);
    await expect(page.getByRole("heading", { name: "Create the owner account" })).toBeVisible();
    await screens(page, "first-run");

    await page.getByLabel("Email").fill(owner.email);
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create the owner account" }).click();
    await expect(page.locator("main").getByRole("alert")).toContainText("at least 8 characters");

    await page.getByLabel("Password").fill(owner.password);
    await page.getByRole("button", { name: "Create the owner account" }).click();
    await expect(page).toHaveURL(`${stack.appUrl}/`);
    const menu = page.getByRole("navigation", { name: "Account" });
    await expect(menu).toContainText(owner.email);
    await expect(page.getByRole("heading", { name: "O1 Studio" })).toBeVisible();

    // The first-run screen is gone for good.
    await page.goto("/welcome");
    await expect(page).toHaveURL(/\/(login)?$/);

    await page.goto("/");
    await menu.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login$/);
    expect((await page.request.get("/api/generations?limit=1")).status()).toBe(401);
    await page.goto("/");
    await expect(page).toHaveURL(/\/login$/);
    await screens(page, "login");

    await page.getByLabel("Email").fill(owner.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("main").getByRole("alert")).toHaveText(
      "That email and password do not match an account.",
    );

    await page.getByLabel("Password").fill(owner.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${stack.appUrl}/`);
    await expect(menu).toContainText(owner.email);
    expect((await page.request.get("/api/generations?limit=1")).status()).toBe(200);

    // better-auth's public sign-up endpoint is closed: accounts only come from the app's own rules.
    const signUp = await page.request.post("/api/auth/sign-up/email", {
      data: { email: "intruder@studio.test", password: "intruder-password", name: "x" },
      headers: { Origin: stack.appUrl },
    });
    expect(signUp.status()).toBeGreaterThanOrEqual(400);
    expect(signUp.status()).toBeLessThan(500);
    const intruder = await page.request.post("/api/auth/sign-in/email", {
      data: { email: "intruder@studio.test", password: "intruder-password" },
      headers: { Origin: stack.appUrl },
    });
    expect(intruder.status()).toBe(401);
  });
});
