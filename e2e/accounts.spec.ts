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

test.describe("invites and passwords", () => {
  test("sign-up is refused until invited; an invite link makes one member, once; a member changes their password", async ({
    page,
    browser,
    stack,
  }) => {
    // This stack's owner exists from the first test, or is made here when this test runs alone.
    await page.goto("/");
    if (page.url().endsWith("/welcome")) {
      await page.getByLabel("Email").fill(owner.email);
      await page.getByLabel("Password").fill(owner.password);
      await page.getByRole("button", { name: "Create the owner account" }).click();
    } else {
      await page.getByLabel("Email").fill(owner.email);
      await page.getByLabel("Password").fill(owner.password);
      await page.getByRole("button", { name: "Sign in" }).click();
    }
    await expect(page.getByRole("navigation", { name: "Account" })).toContainText(owner.email);

    const guest = await browser.newContext({ storageState: signedOut });
    const joiner = await guest.newPage();
    expect((await joiner.goto(`${stack.appUrl}/signup`))?.status()).toBe(404);

    await page.getByRole("link", { name: "Settings" }).click();
    await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
    await page.getByRole("button", { name: "Create invite link" }).click();
    const link = await page.getByRole("textbox", { name: "Invite link" }).inputValue();
    expect(link).toMatch(new RegExp(`^${stack.appUrl}/invite/[A-Za-z0-9_-]{40,}$`));
    await expect(page.getByRole("list", { name: "Open invites" }).getByRole("listitem")).toHaveCount(1);
    await screens(page, "settings");

    const invited = { email: "invited@studio.test", password: "invited-password-1" };
    await joiner.goto(link);
    await expect(joiner.getByRole("heading", { name: "Join this studio" })).toBeVisible();
    await screens(joiner, "invite");
    await joiner.getByLabel("Email").fill(owner.email);
    await joiner.getByLabel("Password").fill(invited.password);
    await joiner.getByRole("button", { name: "Create my account" }).click();
    // A taken email does not burn the link.
    await expect(joiner.locator("main").getByRole("alert")).toContainText("already exists");
    await joiner.getByLabel("Email").fill(invited.email);
    await joiner.getByRole("button", { name: "Create my account" }).click();
    await expect(joiner).toHaveURL(`${stack.appUrl}/`);
    const menu = joiner.getByRole("navigation", { name: "Account" });
    await expect(menu).toContainText(invited.email);
    await expect(menu.getByRole("link", { name: "Settings" })).toHaveCount(0);
    expect((await joiner.goto(`${stack.appUrl}/settings`))?.status()).toBe(404);

    // The link is spent.
    const other = await browser.newContext({ storageState: signedOut });
    const second = await other.newPage();
    await second.goto(link);
    await expect(second.getByRole("heading", { name: "This invite no longer works" })).toBeVisible();
    await other.close();

    // The member changes their password; the old one stops working.
    await joiner.goto(`${stack.appUrl}/account`);
    await joiner.getByLabel("Current password").fill("wrong-password-0");
    await joiner.getByLabel("New password").fill("invited-password-2");
    await joiner.getByRole("button", { name: "Change password" }).click();
    await expect(joiner.locator("main").getByRole("alert")).toHaveText("The current password is not right.");
    await joiner.getByLabel("Current password").fill(invited.password);
    await joiner.getByRole("button", { name: "Change password" }).click();
    await expect(joiner.locator("main").getByRole("status")).toContainText("Password changed");
    await screens(joiner, "account");
    const oldPassword = await guest.request.post(`${stack.appUrl}/api/auth/sign-in/email`, {
      data: invited,
      headers: { Origin: stack.appUrl },
    });
    expect(oldPassword.status()).toBe(401);
    const newPassword = await guest.request.post(`${stack.appUrl}/api/auth/sign-in/email`, {
      data: { email: invited.email, password: "invited-password-2" },
      headers: { Origin: stack.appUrl },
    });
    expect(newPassword.status()).toBe(200);
    await guest.close();
  });
});
