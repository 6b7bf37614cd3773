/** Runs once when the server starts: fail fast on bad config, then resume unfinished work. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  (await import("./lib/http/refuse-forbidden-methods")).refuseForbiddenMethods();
  const { startBackgroundWork } = await import("./lib/background");
  await startBackgroundWork();
}
