import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Contract suites start a real Prism; give them room without hiding a hang forever.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
