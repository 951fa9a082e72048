import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration tests share one podman store and the host's netavark IPAM db: run files one by one.
    fileParallelism: false,
    reporters: ["default"],
  },
});
