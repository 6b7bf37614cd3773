import { spawn } from "node:child_process";

export interface ProcessResult {
  /** Exit code; null when the process could not start or was killed. */
  code: number | null;
  stdout: string;
  /** Last few KB only: ffmpeg's useful error is at the end. */
  stderr: string;
  timedOut: boolean;
}

const maxStdout = 64 * 1024;
const maxStderrTail = 8 * 1024;

/** Runs a program without a shell (arguments are never parsed), killing it on timeout or abort. */
export function runProcess(
  command: string,
  args: readonly string[],
  options: { cwd?: string; timeoutMs: number; signal?: AbortSignal },
): Promise<ProcessResult> {
  return new Promise((resolve) => {
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    const child = spawn(command, args, { cwd: options.cwd, stdio: ["ignore", "pipe", "pipe"] });
    const kill = (): void => {
      child.kill("SIGKILL");
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, options.timeoutMs);
    options.signal?.addEventListener("abort", kill);
    child.stdout.on("data", (chunk: Buffer) => {
      if (stdout.length < maxStdout) stdout += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString("utf8")).slice(-maxStderrTail);
    });
    const done = (code: number | null, extra = ""): void => {
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", kill);
      resolve({ code, stdout, stderr: stderr + extra, timedOut });
    };
    child.on("error", (error) => done(null, `\n${error.message}`));
    child.on("close", (code) => done(code));
  });
}
