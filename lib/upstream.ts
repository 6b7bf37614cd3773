import "server-only";
import { type ApimartClient, createApimartClient } from "@/lib/apimart";
import { env } from "@/lib/env";

// One client per process; the key never leaves this module and lib/env.
let client: ApimartClient | undefined;

export function upstream(): ApimartClient {
  client ??= createApimartClient({ baseUrl: env().apiBaseUrl, apiKey: env().apiKey });
  return client;
}
