/**
 * Quotes a string for POSIX shells: inside single quotes nothing is special except the single quote itself, which
 * is written as `'\''` (close, escaped quote, reopen).
 */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/**
 * A copy-pasteable curl command equivalent to the request the app sends. The key is a shell variable reference in
 * double quotes so the shell expands it and the command never contains a secret.
 */
export function toCurl(body: object, baseUrl: string): string {
  const url = `${baseUrl.replace(/\/+$/, "")}/v1/videos/generations`;
  return [
    `curl -sS -X POST ${shellQuote(url)}`,
    `  -H "Authorization: Bearer $APIMART_API_KEY"`,
    `  -H 'Content-Type: application/json'`,
    // --data-raw, not -d: -d would read a file if the body ever started with "@".
    `  --data-raw ${shellQuote(JSON.stringify(body, null, 2))}`,
  ].join(" \\\n");
}
