/** Runs once when the server starts: fail fast on bad config, then resume unfinished tasks. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  (await import("./lib/http/refuse-forbidden-methods")).refuseForbiddenMethods();
  const { startBackgroundWork } = await import("./lib/background");
  startBackgroundWork();
}
