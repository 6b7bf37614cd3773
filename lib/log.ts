/** Server-side log lines. Details go here, never to users. */
export function logError(context: string, detail: unknown): void {
  const text = detail instanceof Error ? (detail.stack ?? detail.message) : String(detail);
  console.error(`[o1-studio] ${context}: ${text}`);
}

export function logInfo(message: string): void {
  console.log(`[o1-studio] ${message}`);
}
