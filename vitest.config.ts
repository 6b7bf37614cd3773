import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // `server-only` throws outside a React Server environment; unit tests run server code directly.
      "server-only": fileURLToPath(new URL("./test-support/server-only-stub.ts", import.meta.url)),
      // What the App Router build uses for next/dynamic. The package's default entry is the Pages Router version,
      // whose wrapper takes `ref` for its own `retry` handle instead of passing it to the loaded component.
      "next/dynamic": fileURLToPath(new URL("./node_modules/next/dist/shared/lib/app-dynamic.js", import.meta.url)),
    },
  },
  test: {
    include: [
      "lib/**/*.test.ts",
      "simulator/**/*.test.ts",
      "components/**/*.test.tsx",
      "hooks/**/*.test.ts",
      "scripts/**/*.test.ts",
    ],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    coverage: {
      provider: "v8",
      include: ["lib/**/*.ts", "simulator/**/*.ts", "components/**/*.tsx", "hooks/**/*.ts"],
      exclude: ["**/*.test.ts", "**/*.test.tsx"],
      reporter: ["text-summary", "text"],
      // The lifecycle and the data layer are where money is lost or kept: CI fails below these.
      thresholds: {
        "lib/generations/**": { lines: 85 },
        "lib/db/**": { lines: 85 },
      },
    },
  },
});
