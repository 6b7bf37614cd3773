import { AccountMenu } from "@/components/account/account-menu";
import { Studio } from "@/components/studio";
import { pageAccount } from "@/lib/auth/page-account";
import { env } from "@/lib/env";

// Read per request: the upstream target is the running server's configuration, not the build machine's.
export const dynamic = "force-dynamic";

export default async function Home({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  // A share page's "Remix" (?remix=slug) survives the detour through /login.
  const remix = (await searchParams).remix;
  const slug = Array.isArray(remix) ? remix[0] : remix;
  const account = await pageAccount(slug ? `/?remix=${encodeURIComponent(slug)}` : "/");
  const config = env();
  // Where submits go, whether it is the simulator, and the model limits: the key stays on the server.
  return (
    <Studio
      upstream={{ baseUrl: config.apiBaseUrl, usingSimulator: config.usingSimulator }}
      capabilities={config.capabilities}
      accountSlot={<AccountMenu email={account.email} owner={account.role === "owner"} />}
    />
  );
}
