import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createSharedEngines, type SharedEngines, s3HostPort, scaleEngines } from "./engines";
import { freePort } from "./ports";

const root = process.cwd();
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

/** Test timings: tasks take seconds, and the app checks upstream every second. */
export const SIMULATOR_TASK_SECONDS = 8;

async function waitFor(url: string, process: ChildProcess, what: string, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (process.exitCode !== null) throw new Error(`${what} exited early:\n${output()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not come up at ${url}:\n${output()}`);
}

function launch(command: string, args: string[], env: Record<string, string>) {
  let output = "";
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.on("data", (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
  child.stderr?.on("data", (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
  return { child, output: () => output };
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

/** One more running app server (see `Stack.startPeer`). */
export type AppInstance = { url: string; kill(): Promise<void>; stop(): Promise<void>; log(): string };

/** A real simulator process and a real `next start` process, with their own data folder. */
export class Stack {
  private app?: ReturnType<typeof launch>;
  private simulator?: ReturnType<typeof launch>;
  /** Postgres + S3 for this stack, in the scale pass. */
  engines?: SharedEngines;

  private constructor(
    readonly dataDir: string,
    readonly appPort: number,
    readonly simulatorPort: number,
    /** The simulator's second listener (`http://localhost:P`), where redirected result files end. */
    readonly mirrorPort: number,
    private readonly appEnv: Record<string, string>,
  ) {}

  get appUrl(): string {
    return `http://127.0.0.1:${this.appPort}`;
  }

  /** Where the app keeps its database and media (DATA_DIR, unless the spec moved it). */
  get appDataDir(): string {
    return this.appEnv.DATA_DIR ?? this.dataDir;
  }

  get simulatorUrl(): string {
    return `http://127.0.0.1:${this.simulatorPort}`;
  }

  /** `appEnv` adds to (or overrides) the app's test environment. */
  static async start(appEnv: Record<string, string> = {}): Promise<Stack> {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "o1studio-e2e-"));
    const stack = new Stack(dataDir, await freePort(), await freePort(), await freePort(), appEnv);
    if (scaleEngines) stack.engines = await createSharedEngines();
    await stack.startSimulator();
    await stack.startApp();
    return stack;
  }

  async startSimulator(): Promise<void> {
    this.simulator = launch(bin("tsx"), ["simulator/main.ts"], {
      SIMULATOR_PORT: String(this.simulatorPort),
      SIMULATOR_MIRROR_PORT: String(this.mirrorPort),
      SIMULATOR_DATA_DIR: path.join(this.dataDir, "simulator"),
      SIMULATOR_TASK_SECONDS: String(SIMULATOR_TASK_SECONDS),
    });
    await waitFor(`${this.simulatorUrl}/__sim/health`, this.simulator.child, "simulator", this.simulator.output);
  }

  async startApp(): Promise<void> {
    this.app = await this.launchApp(this.appPort, this.dataDir);
  }

  /** A `next start` of this build on `port`, with this stack's settings and its own DATA_DIR. */
  private async launchApp(port: number, dataDir: string): Promise<ReturnType<typeof launch>> {
    const url = `http://127.0.0.1:${port}`;
    const app = launch(bin("next"), ["start", "--port", String(port), "--hostname", "127.0.0.1"], {
      APIMART_API_KEY: "",
      APIMART_BASE_URL: this.simulatorUrl,
      DATA_DIR: dataDir,
      PORT: String(port),
      PUBLIC_BASE_URL: url,
      POLL_INITIAL_DELAY_MS: "1000",
      POLL_MIN_INTERVAL_MS: "1000",
      POLL_MAX_INTERVAL_MS: "2000",
      // The mirror is loopback like everything here; in production a result host must be public.
      FETCH_ALLOW_HOSTS: [`localhost:${this.mirrorPort}`, ...this.engineHosts()].join(","),
      ...this.engines?.env,
      ...this.appEnv,
    });
    await waitFor(`${url}/login`, app.child, "app", app.output);
    return app;
  }

  /**
   * Another app instance on the same database, bucket and simulator (the scale pass): what a second machine
   * behind the load balancer is. Its scratch folder (DATA_DIR) is its own.
   */
  async startPeer(): Promise<AppInstance> {
    if (!this.engines) throw new Error("a second instance needs the shared engines (E2E_ENGINES=postgres-s3)");
    const port = await freePort();
    const dataDir = path.join(this.dataDir, `peer-${port}`);
    const app = await this.launchApp(port, dataDir);
    return {
      url: `http://127.0.0.1:${port}`,
      kill: async () => {
        if (app.child.exitCode !== null || app.child.signalCode !== null) return;
        const exited = new Promise((resolve) => app.child.once("exit", resolve));
        app.child.kill("SIGKILL");
        await exited;
      },
      stop: () => stop(app.child),
      log: app.output,
    };
  }

  /** The test S3 endpoint is loopback too; the app reads its own presigned objects back (result as reference). */
  private engineHosts(): string[] {
    const endpoint = this.engines?.env.S3_ENDPOINT;
    return endpoint ? [s3HostPort(endpoint)] : [];
  }

  async stopApp(): Promise<void> {
    await stop(this.app?.child);
  }

  /** Kills the app server at once (SIGKILL): no shutdown code runs, as in a crash or a power cut. */
  async killApp(): Promise<void> {
    const child = this.app?.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
  }

  async restartApp(): Promise<void> {
    await this.stopApp();
    await this.startApp();
  }

  /** The app server's process id (for the upload memory benchmark). */
  get appPid(): number | undefined {
    return this.app?.child.pid;
  }

  appLog(): string {
    return this.app?.output() ?? "";
  }

  async stop(): Promise<void> {
    await stop(this.app?.child);
    await stop(this.simulator?.child);
    await this.engines?.drop();
    // With DATABASE_URL and S3_BUCKET the app keeps nothing on its disk but scratch files.
    const strays = this.engines
      ? ["o1studio.db", "media"].filter((name) => fs.existsSync(path.join(this.dataDir, name)))
      : [];
    fs.rmSync(this.dataDir, { recursive: true, force: true });
    if (strays.length > 0) throw new Error(`the Postgres + S3 app wrote ${strays.join(" and ")} in DATA_DIR`);
  }
}
