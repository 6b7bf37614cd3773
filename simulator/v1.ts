import type { IncomingMessage, ServerResponse } from "node:http";
import { checkAuth } from "./auth";
import type { SimContext } from "./context";
import { routeNotFoundError, taskNotFoundError } from "./errors";
import { answerWithFault, type HttpEndpoint } from "./faults";
import { handleSubmit } from "./generations";
import { discardBody, headerValue, safeDecode, sendJson } from "./http";
import { newRequestId } from "./ids";
import { taskView } from "./task-view";
import { handleUpload } from "./uploads";

type Route = { endpoint: "submit" } | { endpoint: "upload" } | { endpoint: "poll"; taskId: string };

function matchRoute(method: string, path: string): Route | null {
  if (method === "POST" && path === "/v1/videos/generations") return { endpoint: "submit" };
  if (method === "POST" && path === "/v1/uploads/images") return { endpoint: "upload" };
  const poll = /^\/v1\/tasks\/([^/]+)$/.exec(path);
  if (method === "GET" && poll?.[1] !== undefined) return { endpoint: "poll", taskId: safeDecode(poll[1]) ?? poll[1] };
  return null;
}

/** The APIMart surface: request id, logging, injected faults, auth, then the endpoint itself. */
export async function handleV1(ctx: SimContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const requestId = newRequestId();
  res.setHeader("X-Oneapi-Request-Id", requestId);
  const entry = ctx.requests.record(req, res, requestId, url.pathname + url.search);
  const method = req.method ?? "GET";
  const route = matchRoute(method, url.pathname);
  if (route === null) {
    discardBody(req);
    return sendJson(res, 404, routeNotFoundError(method, url.pathname));
  }
  const endpoint: HttpEndpoint = route.endpoint;
  const fault = ctx.faults.takeHttp(endpoint);
  if (fault !== undefined) {
    entry.fault = fault.fault;
    return answerWithFault(fault, req, res, requestId, ctx.closing);
  }
  const auth = checkAuth(headerValue(req, "authorization"), ctx.apiKey, requestId);
  if (!auth.ok) {
    discardBody(req);
    return sendJson(res, 401, auth.body);
  }
  if (route.endpoint === "submit") return handleSubmit(ctx, req, res, entry, auth.key);
  if (route.endpoint === "upload")
    return handleUpload(req, res, entry, ctx.files, (name) => ctx.fileUrl("image", name));
  const task = ctx.store.get(route.taskId);
  if (task === undefined) return sendJson(res, 404, taskNotFoundError);
  // `language` only localises error messages upstream; the simulator's messages are English already.
  sendJson(res, 200, { code: 200, data: taskView(task, Date.now(), (file) => ctx.fileUrl("video", file)) });
}
