import http from "node:http";

/**
 * TRACE reaches Next as a request it cannot represent (the Fetch API forbids the method), which ends as a 500
 * before any app code runs. Answering it at the HTTP server keeps the "never a 500" promise; CONNECT never
 * gets this far (Node closes the socket). Installed once from instrumentation.ts.
 */
const forbidden = new Set(["TRACE", "TRACK"]);
const marker = Symbol.for("o1studio.refuseForbiddenMethods");

export function refuseForbiddenMethods(): void {
  const proto = http.Server.prototype as http.Server & { [marker]?: true };
  if (proto[marker]) return;
  const original = proto.emit;
  proto.emit = function emit(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      if (forbidden.has((request.method ?? "").toUpperCase())) {
        const body = JSON.stringify({
          error: { code: "invalid_request", message: "That HTTP method is not supported." },
        });
        response.writeHead(405, {
          allow: "GET, HEAD, POST, OPTIONS",
          "content-type": "application/json",
          "x-content-type-options": "nosniff",
        });
        response.end(body);
        return true;
      }
    }
    return (original as (...all: unknown[]) => boolean).call(this, event, ...args);
  } as typeof proto.emit;
  proto[marker] = true;
}
