import http from "node:http";

export type RawRequest = { method: string; path: string; headers?: Record<string, string>; body?: Buffer | string };
export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

/**
 * node:http instead of fetch: the security suite sends what fetch refuses to (TRACE, a foreign Host, raw
 * undecodable paths, bodies on GET). A dropped connection counts as status 0, which the suite also flags.
 */
export function rawRequest(base: string, request: RawRequest): Promise<RawResponse> {
  const url = new URL(base);
  return new Promise((resolve) => {
    const body = request.body === undefined ? undefined : Buffer.from(request.body);
    const outgoing = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: request.method,
        path: request.path,
        headers: { ...(body ? { "content-length": String(body.length) } : {}), ...request.headers },
        agent: false,
        timeout: 60_000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8").slice(0, 2000),
          }),
        );
        response.on("error", () => resolve({ status: 0, headers: {}, body: "" }));
      },
    );
    outgoing.on("error", () => resolve({ status: 0, headers: {}, body: "" }));
    outgoing.on("timeout", () => outgoing.destroy());
    outgoing.end(body);
  });
}
