import { spawn } from "node:child_process";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import type { Stack } from "./stack";

export type TestAccount = { email: string; password: string };

export const OWNER: TestAccount = { email: "owner@studio.test", password: "owner-password-1" };

/** `npm run users -- add EMAIL [--owner]` against the stack's data folder, the password on standard input. */
export async function addUser(stack: Stack, account: TestAccount, options: { owner?: boolean } = {}): Promise<string> {
  const root = process.cwd();
  const args = ["--conditions=react-server", "scripts/users.ts", "add", account.email];
  if (options.owner) args.push("--owner");
  const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), args, {
    cwd: root,
    env: { ...process.env, DATA_DIR: stack.appDataDir, PUBLIC_BASE_URL: stack.appUrl, ...stack.engines?.env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stdin.end(`${account.password}\n`);
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`users add ${account.email} failed (${code}): ${output}`);
  return output;
}

/** Signs a request context in through better-auth's own endpoint (as the login form does). */
export async function signIn(request: APIRequestContext, stack: Stack, account: TestAccount): Promise<void> {
  const response = await request.post(`${stack.appUrl}/api/auth/sign-in/email`, {
    data: { email: account.email, password: account.password },
    headers: { Origin: stack.appUrl },
  });
  if (!response.ok()) throw new Error(`sign-in as ${account.email}: ${response.status()} ${await response.text()}`);
}

/** A session for raw requests: makes the account (users script) and signs in, answering a Cookie header value. */
export async function sessionCookie(stack: Stack, account: TestAccount): Promise<string> {
  await addUser(stack, account);
  const response = await fetch(`${stack.appUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: stack.appUrl },
    body: JSON.stringify(account),
  });
  if (!response.ok) throw new Error(`sign-in as ${account.email}: ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
}

/**
 * The limits the test studio runs with: one stack serves a whole run of specs, and the defaults (a few running
 * videos, six submits a minute, $25 a month) are for people, not for a suite that makes hundreds of takes.
 * Specs about limits lower them on their own stack.
 */
export const TEST_LIMITS = {
  runningAtOnce: 50,
  submitsPerMinute: 600,
  uploadsPerMinute: 600,
  checksPerMinute: 600,
  monthlySpendUsd: 100_000,
};
