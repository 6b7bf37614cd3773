import { Studio } from "@/components/studio";
import { env } from "@/lib/env";

// Read per request: the upstream target is the running server's configuration, not the build machine's.
export const dynamic = "force-dynamic";

export default function Home() {
  const config = env();
  // Where submits go, whether it is the simulator, and the model limits: the key stays on the server.
  return (
    <Studio
      upstream={{ baseUrl: config.apiBaseUrl, usingSimulator: config.usingSimulator }}
      capabilities={config.capabilities}
    />
  );
}
