/**
 * `npm start` / `npm run dev`: validates the configuration, starts the built-in APIMart simulator when no
 * APIMART_API_KEY is set, builds the app if there is no production build yet, and runs Next.js.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { type Env, EnvError, parseEnv } from "../lib/config/parse-env";

const dev = process.argv.includes("--dev");
const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function loadConfig(): Env {
  try {
    return parseEnv(process.env);
  } catch (error) {
    return fail(error instanceof EnvError ? error.message : String(error));
  }
}
const config = loadConfig();

const children: ChildProcess[] = [];
function stopAll(code: number): never {
  for (const child of children) child.kill("SIGTERM");
  process.exit(code);
}
process.on("SIGINT", () => stopAll(0));
process.on("SIGTERM", () => stopAll(0));

async function healthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/__sim/health`, { signal: AbortSignal.timeout(1_000) });
    return response.ok;
  } catch {
    return false;
  }
}

async function startSimulator(baseUrl: string): Promise<void> {
  if (await healthy(baseUrl)) {
    console.log(`Using the APIMart simulator already running at ${baseUrl}`);
    return;
  }
  const simulator = spawn(bin("tsx"), [path.join(root, "simulator/main.ts")], {
    stdio: "inherit",
    env: {
      ...process.env,
      SIMULATOR_PORT: String(config.simulatorPort),
      SIMULATOR_DATA_DIR: process.env.SIMULATOR_DATA_DIR ?? path.join(config.dataDir, "simulator"),
    },
  });
  children.push(simulator);
  simulator.on("exit", (code) => {
    console.error(`The APIMart simulator stopped (exit ${code}).`);
    stopAll(1);
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await healthy(baseUrl)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  fail(`The APIMart simulator did not come up at ${baseUrl}.`);
}

if (config.usingSimulator) {
  console.log("No APIMART_API_KEY set: using the built-in APIMart simulator.");
  await startSimulator(config.apiBaseUrl);
}

if (!dev && !fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.log("No production build yet: running next build…");
  const build = spawnSync(bin("next"), ["build"], { stdio: "inherit", cwd: root });
  if (build.status !== 0) stopAll(build.status ?? 1);
}

const next = spawn(bin("next"), [dev ? "dev" : "start", "--port", String(config.port)], {
  stdio: "inherit",
  cwd: root,
  env: { ...process.env, APIMART_BASE_URL: config.apiBaseUrl },
});
children.push(next);
next.on("exit", (code) => stopAll(code ?? 0));
console.log(`O1 Studio: http://localhost:${config.port}`);
