import { toNextJsHandler } from "better-auth/next-js";
import { appAuth } from "@/lib/auth/app-auth";

export const dynamic = "force-dynamic";

/** better-auth's own endpoints: sign in, sign out, session, change password (sign-up is off; see lib/auth/auth.ts). */
const handler = (request: Request) => appAuth().handler(request);

export const { GET, POST } = toNextJsHandler(handler);
