import { defineConfig } from "vitest/config";
import { templatesVitePlugin } from "./scripts/templates.mjs";

export default defineConfig({
  // src/compile/render.ts imports the templates precompiled, as the bundle has them.
  plugins: [templatesVitePlugin],
  test: {
    include: ["test/**/*.test.ts"],
    // Every temporary folder of the run goes in one, removed when the run ends.
    globalSetup: ["test/support/run-tmpdir.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration tests share one podman store and the host's netavark IPAM db: run files one by one.
    fileParallelism: false,
    reporters: ["default"],
  },
});
