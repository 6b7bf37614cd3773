import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createApimartClient } from "./client";
import * as f from "./fixtures";
import type { GenerationRequest } from "./types";

const API_KEY = "sk-test-SECRET-0123456789abcdef";
const BODY: GenerationRequest = { model: "kling-video-o1", prompt: "City skyline", duration: 5 };

type Call = { url: string; init: RequestInit };

/** In-process fake: records every call and answers with the given handler. */
function fakeFetch(handler: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const call = { url: String(input), init: init ?? {} };
    calls.push(call);
    return handler(call);
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

const jsonResponse = (body: string, status = 200, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { "content-type": "application/json", ...headers } });

function client(handler: (call: Call) => Response | Promise<Response>, baseUrl = "https://api.example.test/") {
  const fake = fakeFetch(handler);
  return {
    api: createApimartClient({
      baseUrl,
      apiKey: API_KEY,
      fetch: fake.fetch,
      timeoutMs: { submit: 50, poll: 50, upload: 50 },
    }),
    calls: fake.calls,
  };
}

async function caught(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw new Error(`expected AppError, got ${String(error)}`);
  }
  throw new Error("expected the call to fail");
}

function header(call: Call | undefined, name: string): string | null {
  return new Headers(call?.init.headers).get(name);
}

function expectNoKey(error: AppError) {
  expect(error.message).not.toContain(API_KEY);
  expect(error.detail ?? "").not.toContain(API_KEY);
  expect(error.message).not.toContain("SECRET");
  expect(error.detail ?? "").not.toContain("SECRET");
}

describe("submitGeneration", () => {
  it("posts the JSON body with auth and returns the task id", async () => {
    const { api, calls } = client(() => jsonResponse(f.SUBMIT_CLASSIC));
    await expect(api.submitGeneration(BODY)).resolves.toEqual({
      taskId: "task_01KBS40K78KGHZ9SDBWQSGSXRK",
    });
    const call = calls[0];
    expect(call?.url).toBe("https://api.example.test/v1/videos/generations");
    expect(call?.init.method).toBe("POST");
    expect(header(call, "authorization")).toBe(`Bearer ${API_KEY}`);
    expect(header(call, "content-type")).toBe("application/json");
    expect(header(call, "idempotency-key")).toBeNull();
    expect(JSON.parse(String(call?.init.body))).toEqual(BODY);
  });

  it("sends the Idempotency-Key and reads a replayed answer like any other", async () => {
    const { api, calls } = client(() => jsonResponse(f.SUBMIT_202, 202, { "Idempotency-Replayed": "true" }));
    await expect(api.submitGeneration(BODY, { idempotencyKey: "gen-42" })).resolves.toEqual({
      taskId: "recovered-task",
    });
    expect(header(calls[0], "idempotency-key")).toBe("gen-42");
  });

  it("refuses a malformed idempotency key without calling the API", async () => {
    const { api, calls } = client(() => jsonResponse(f.SUBMIT_CLASSIC));
    const error = await caught(api.submitGeneration(BODY, { idempotencyKey: "has space" }));
    expect(error.code).toBe("internal");
    expect(calls).toHaveLength(0);
  });

  it("refuses an invalid body without calling the API", async () => {
    const { api, calls } = client(() => jsonResponse(f.SUBMIT_CLASSIC));
    const bad = { ...BODY, duration: "5" } as unknown as GenerationRequest;
    const error = await caught(api.submitGeneration(bad));
    expect(error.code).toBe("invalid_request");
    expect(error.message).toContain("duration");
    expect(calls).toHaveLength(0);
  });

  it("accepts the versioned object form", async () => {
    const { api } = client(() => jsonResponse(f.SUBMIT_VERSIONED));
    await expect(api.submitGeneration(BODY)).resolves.toEqual({ taskId: "task_..." });
  });

  it("maps a 402 to balance with the status kept", async () => {
    const { api } = client(() =>
      jsonResponse(`{"error":{"code":402,"message":"insufficient balance","type":"payment_required"}}`, 402),
    );
    const error = await caught(api.submitGeneration(BODY));
    expect(error.code).toBe("balance");
    expect(error.status).toBe(402);
  });

  it("maps an error envelope inside HTTP 200 by its own code", async () => {
    const { api } = client(() =>
      jsonResponse(`{"error":{"code":429,"message":"Rate limit exceeded","type":"rate_limit_error"}}`),
    );
    expect((await caught(api.submitGeneration(BODY))).code).toBe("rate_limit");
  });
});

describe("getTask", () => {
  it("encodes the task id and returns the app shape", async () => {
    const { api, calls } = client(() => jsonResponse(f.TASK_COMPLETED), "https://api.example.test");
    const task = await api.getTask("task/../x y");
    expect(calls[0]?.url).toBe("https://api.example.test/v1/tasks/task%2F..%2Fx%20y?language=en");
    expect(calls[0]?.init.method).toBe("GET");
    expect(header(calls[0], "authorization")).toBe(`Bearer ${API_KEY}`);
    expect(task).toMatchObject({
      id: "task_01K9S419324DREZFBWNSVXYR6H",
      status: "completed",
      videoExpiresAt: 1762940095,
    });
  });

  it("accepts a base URL that already ends in /v1/", async () => {
    const { api, calls } = client(() => jsonResponse(f.TASK_PENDING), "https://api.example.test/v1/");
    await api.getTask("task_1");
    expect(calls[0]?.url).toBe("https://api.example.test/v1/tasks/task_1?language=en");
  });

  it("maps 404 to not_found", async () => {
    const { api } = client(() => jsonResponse(`{"error":{"message":"not found","type":"not_found_error"}}`, 404));
    const error = await caught(api.getTask("task_1"));
    expect(error.code).toBe("not_found");
    expect(error.message).toBe("The video service has no record of this task (it may have expired).");
  });

  it("returns upstream for a malformed 200 body, with the body in detail", async () => {
    const { api } = client(() => jsonResponse(`{"code":200,"data":{"id":"t","progress":5}}`));
    const error = await caught(api.getTask("t"));
    expect(error.code).toBe("upstream");
    expect(error.detail).toContain(`"progress":5`);
    expect(error.message).toBe("The video service had a problem. Try again in a moment.");
  });

  it("returns upstream for a non-JSON 200 body", async () => {
    const { api } = client(() => new Response("<html>ok</html>", { status: 200 }));
    const error = await caught(api.getTask("t"));
    expect(error.code).toBe("upstream");
    expect(error.detail).toContain("not JSON");
  });
});

describe("transport failures", () => {
  it("times out when the server never answers", async () => {
    const { api } = client(
      ({ init }) =>
        new Promise<Response>((_, reject) => {
          init.signal?.addEventListener("abort", () => reject(init.signal?.reason));
        }),
    );
    const started = Date.now();
    const error = await caught(api.getTask("t"));
    expect(error.code).toBe("timeout");
    expect(error.detail).toContain("50 ms");
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("times out when the body never finishes", async () => {
    const { api } = client(({ init }) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode("{"));
          init.signal?.addEventListener("abort", () => controller.error(init.signal?.reason));
        },
      });
      return new Response(body, { status: 200 });
    });
    expect((await caught(api.getTask("t"))).code).toBe("timeout");
  });

  it("maps a refused connection to network without leaking the key", async () => {
    const { api } = client(() => {
      throw new TypeError("fetch failed", {
        cause: Object.assign(new Error(`connect ECONNREFUSED 127.0.0.1:4010 (auth ${API_KEY})`), {
          code: "ECONNREFUSED",
        }),
      });
    });
    const error = await caught(api.submitGeneration(BODY));
    expect(error.code).toBe("network");
    expect(error.detail).toContain("ECONNREFUSED");
    expectNoKey(error);
  });

  it("never puts the key in message or detail when the vendor echoes it", async () => {
    const echo = JSON.stringify({ error: { code: "", message: `invalid API key ${API_KEY}`, type: "apimart_error" } });
    for (const status of [400, 401, 500]) {
      const { api } = client(() => jsonResponse(echo, status));
      const error = await caught(api.submitGeneration(BODY));
      expect(error.detail).toContain("[redacted]");
      expectNoKey(error);
    }
    const { api } = client(() => jsonResponse(`{"weird":"${API_KEY}"}`));
    expectNoKey(await caught(api.getTask("t")));
  });

  it("redacts a key of any format, not only sk- keys", async () => {
    const key = "plainKEY0123456789";
    const fake = fakeFetch(() => jsonResponse(`{"error":{"message":"bad key ${key}"}}`, 401));
    const api = createApimartClient({ baseUrl: "https://api.example.test", apiKey: key, fetch: fake.fetch });
    const error = await caught(api.getTask("t"));
    expect(error.code).toBe("auth");
    expect(error.detail).toContain("bad key [redacted]");
    expect(`${error.message} ${error.detail ?? ""}`).not.toContain(key);
  });

  it("reports an empty API key as auth without calling the API", async () => {
    const fake = fakeFetch(() => jsonResponse(f.TASK_PENDING));
    const api = createApimartClient({ baseUrl: "https://api.example.test", apiKey: " ", fetch: fake.fetch });
    expect((await caught(api.getTask("t"))).code).toBe("auth");
    expect(fake.calls).toHaveLength(0);
  });
});

describe("uploadImage", () => {
  it("sends multipart with a part named file and maps the response", async () => {
    let part: FormDataEntryValue | null = null;
    const { api, calls } = client(async ({ init }) => {
      part = init.body instanceof FormData ? init.body.get("file") : null;
      return jsonResponse(f.UPLOAD_OK);
    });
    const file = new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: "image/jpeg" });
    await expect(api.uploadImage(file, "photo.jpg")).resolves.toEqual({
      url: "https://upload.apimart.ai/f/image/9990000123456-a1b2c3d4-photo.jpg",
      filename: "photo.jpg",
      contentType: "image/jpeg",
      bytes: 235680,
      createdAt: 1743436800,
    });
    expect(calls[0]?.url).toBe("https://api.example.test/v1/uploads/images");
    expect(header(calls[0], "content-type")).toBeNull();
    expect(part).toBeInstanceOf(File);
    const uploaded = part as unknown as File;
    expect(uploaded.name).toBe("photo.jpg");
    expect(uploaded.size).toBe(3);
  });

  it("rejects files over 20 MB before sending", async () => {
    const { api, calls } = client(() => jsonResponse(f.UPLOAD_OK));
    const big = new Blob([new Uint8Array(20 * 1024 * 1024 + 1)]);
    const error = await caught(api.uploadImage(big, "big.png"));
    expect(error.code).toBe("invalid_request");
    expect(calls).toHaveLength(0);
  });

  it("maps the documented 413 body", async () => {
    const { api } = client(() => jsonResponse(f.UPLOAD_413, 413));
    const error = await caught(api.uploadImage(new Blob([new Uint8Array(4)]), "a.png"));
    expect(error.code).toBe("invalid_request");
    expect(error.message).toContain("exceeds maximum 20971520 bytes");
  });
});
