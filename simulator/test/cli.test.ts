import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "../env";

describe("parseEnv", () => {
  it("uses the documented defaults", () => {
    expect(parseEnv({})).toEqual({
      ok: true,
      options: {
        port: 4010,
        host: "127.0.0.1",
        dataDir: "./data/simulator",
        taskSeconds: 30,
        apiKey: undefined,
        publicUrl: undefined,
        mirrorPort: 0,
        balanceUsd: 100,
      },
    });
  });

  it("treats empty variables as unset", () => {
    expect(parseEnv({ SIMULATOR_PORT: "", SIMULATOR_API_KEY: "" })).toMatchObject({
      ok: true,
      options: { port: 4010, apiKey: undefined },
    });
  });

  it("reads every variable", () => {
    const result = parseEnv({
      SIMULATOR_PORT: "0",
      SIMULATOR_HOST: "0.0.0.0",
      SIMULATOR_DATA_DIR: "/tmp/x",
      SIMULATOR_TASK_SECONDS: "2.5",
      SIMULATOR_API_KEY: "sk-1",
      SIMULATOR_PUBLIC_URL: "https://sim.example.com",
      SIMULATOR_MIRROR_PORT: "4011",
      SIMULATOR_BALANCE: "-1",
    });
    expect(result).toEqual({
      ok: true,
      options: {
        port: 0,
        host: "0.0.0.0",
        dataDir: "/tmp/x",
        taskSeconds: 2.5,
        apiKey: "sk-1",
        publicUrl: "https://sim.example.com",
        mirrorPort: 4011,
        balanceUsd: -1,
      },
    });
  });

  it.each([
    ["SIMULATOR_PORT", "abc"],
    ["SIMULATOR_PORT", "70000"],
    ["SIMULATOR_TASK_SECONDS", "-1"],
    ["SIMULATOR_TASK_SECONDS", "soon"],
    ["SIMULATOR_PUBLIC_URL", "not a url"],
    ["SIMULATOR_PUBLIC_URL", "ftp://files.example.com"],
    ["SIMULATOR_HOST", "bad host!"],
    ["SIMULATOR_BALANCE", "-5"],
  ])("rejects %s=%s naming the variable", (name, value) => {
    const result = parseEnv({ [name]: value });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(name);
  });
});

describe("simulator/main.ts", () => {
  let dataDir: string;
  const tsx = join(process.cwd(), "node_modules", ".bin", "tsx");
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "o1sim-cli-"));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  function launch(env: Record<string, string>) {
    const child = spawn(tsx, ["simulator/main.ts"], {
      cwd: process.cwd(),
      env: { ...process.env, SIMULATOR_DATA_DIR: dataDir, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    return { child, exited, output: () => ({ stdout, stderr }) };
  }

  it("prints one line with the base URL, serves, and exits 0 on SIGTERM", async () => {
    const run = launch({ SIMULATOR_PORT: "0" });
    const deadline = Date.now() + 20_000;
    while (!run.output().stdout.includes("\n") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const match = /^APIMart simulator listening on (http:\/\/127\.0\.0\.1:(\d+))\n$/.exec(run.output().stdout);
    expect(match, run.output().stderr).not.toBeNull();
    const health = await fetch(`${match?.[1] ?? ""}/__sim/health`);
    expect(await health.json()).toEqual({ ok: true });
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
    expect(
      run
        .output()
        .stdout.split("\n")
        .filter((line) => line !== ""),
    ).toHaveLength(1);
  });

  it("exits non-zero and names the variable on bad configuration", async () => {
    const run = launch({ SIMULATOR_PORT: "not-a-port" });
    expect(await run.exited).not.toBe(0);
    expect(run.output().stderr).toContain("SIMULATOR_PORT");
    expect(run.output().stdout).toBe("");
  });
});
