import { AccountMenu } from "@/components/account/account-menu";
import { Studio } from "@/components/studio";
import { pageAccount } from "@/lib/auth/page-account";
import { env } from "@/lib/env";
import { Providers } from "./providers";

// Read per request: the upstream target is the running server's configuration, not the build machine's.
export const dynamic = "force-dynamic";

export default async function Home({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  // A share page's "Remix" (?remix=slug) and an open detail view (?video=id) survive the detour through /login.
  const params = await searchParams;
  const back = new URLSearchParams();
  for (const key of ["remix", "video"]) {
    const value = params[key];
    const first = Array.isArray(value) ? value[0] : value;
    if (first) back.set(key, first);
  }
  const account = await pageAccount(back.size > 0 ? `/?${back}` : "/");
  const config = env();
  // Where submits go, whether it is the simulator, and the model limits: the key stays on the server.
  // The query client lives here, not in the root layout: only the studio reads through TanStack Query, so the
  // share page, sign-in and settings pages do not load it.
  return (
    <Providers>
      <Studio
        upstream={{ baseUrl: config.apiBaseUrl, usingSimulator: config.usingSimulator }}
        capabilities={config.capabilities}
        accountSlot={<AccountMenu email={account.email} owner={account.role === "owner"} />}
      />
    </Providers>
  );
}
