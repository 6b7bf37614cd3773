import type { IncomingMessage, ServerResponse } from "node:http";
import { checkAuth } from "./auth";
import type { SimContext } from "./context";
import { routeNotFoundError, taskNotFound400Error, taskNotFoundError } from "./errors";
import { answerWithFault } from "./fault-answers";
import type { HttpEndpoint } from "./faults";
import { handleSubmit } from "./generations";
import { discardBody, headerValue, safeDecode, sendJson } from "./http";
import { newRequestId } from "./ids";
import { taskView } from "./task-view";
import { handleUpload } from "./uploads";
import { effectiveVariants } from "./variants";

type Route =
  | { endpoint: "submit" }
  | { endpoint: "upload" }
  | { endpoint: "balance" }
  | { endpoint: "poll"; taskId: string };

function matchRoute(method: string, path: string): Route | null {
  if (method === "POST" && path === "/v1/videos/generations") return { endpoint: "submit" };
  if (method === "POST" && path === "/v1/uploads/images") return { endpoint: "upload" };
  // §12: `/v1/balance` is the key's balance, `/v1/user/balance` the account's; the simulator has one account.
  if (method === "GET" && (path === "/v1/balance" || path === "/v1/user/balance")) return { endpoint: "balance" };
  const poll = /^\/v1\/tasks\/([^/]+)$/.exec(path);
  if (method === "GET" && poll?.[1] !== undefined) return { endpoint: "poll", taskId: safeDecode(poll[1]) ?? poll[1] };
  return null;
}

function answerPoll(ctx: SimContext, res: ServerResponse, taskId: string): void {
  const task = ctx.store.get(taskId);
  if (task === undefined) {
    const notFound = ctx.variants.not_found === 400 ? taskNotFound400Error : taskNotFoundError;
    sendJson(res, ctx.variants.not_found, notFound);
    return;
  }
  const urls = {
    video: (name: string) => ctx.fileUrl("video", name),
    thumbnail: (name: string) => ctx.fileUrl("image", name),
  };
  const variants = effectiveVariants(ctx.variants, task.variants);
  // `language` only localises error messages upstream; the simulator's messages are English already.
  sendJson(res, 200, { code: 200, data: taskView(task, Date.now(), urls, variants) });
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
  if (fault !== undefined && fault.stage === "before") {
    entry.fault = fault.fault;
    return answerWithFault(fault, req, res, requestId, ctx.closing);
  }
  const auth = checkAuth(headerValue(req, "authorization"), ctx.apiKey, requestId);
  if (!auth.ok) {
    discardBody(req);
    return sendJson(res, 401, auth.body);
  }
  switch (route.endpoint) {
    case "submit":
      return handleSubmit(ctx, req, res, entry, auth.key, fault);
    case "upload":
      return handleUpload(req, res, entry, ctx.files, (name) => ctx.fileUrl("image", name));
    case "balance":
      discardBody(req);
      // Failures are HTTP 200 with `success:false` (§12).
      return sendJson(res, 200, ctx.balance.answer(Date.now()));
    default:
      return answerPoll(ctx, res, route.taskId);
  }
}
