import { parseEnv } from "./env";
import { startSimulator } from "./server";

/** `npm run simulator`: a local stand-in for APIMart configured through SIMULATOR_* variables. */
async function main(): Promise<void> {
  const env = parseEnv(process.env);
  if (!env.ok) {
    process.stderr.write(`${env.message}\n`);
    process.exit(2);
  }
  const simulator = await startSimulator(env.options).catch((error: unknown) => {
    process.stderr.write(
      `APIMart simulator could not start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  });
  // Exactly one line on stdout, so scripts can wait for it and read the base URL.
  process.stdout.write(`APIMart simulator listening on ${simulator.url}\n`);
  process.stderr.write(`Result-file mirror (redirect target) on ${simulator.mirrorUrl}\n`);

  let stopping = false;
  const stop = (): void => {
    if (stopping) process.exit(1); // a second signal means "now"
    stopping = true;
    simulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

void main();
