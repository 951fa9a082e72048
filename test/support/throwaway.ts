/**
 * Throwaway containers through testcontainers, driving podman 4.3's Docker-compatible API: a
 * `podman system service` started inside the simulated host's namespace, with the run's private
 * podman state. No registry is involved: the pull policy never pulls (the probe image is local).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { HostRun, SimHost } from "./simhost.js";

const neverPull = { shouldPull: () => false };

export interface Throwaways {
  /** Starts a sleeping probe container (on `network`, or podman's default network). */
  start(network?: string): Promise<{ exec(command: string[]): Promise<{ exitCode: number; output: string }>; stop(): Promise<void> }>;
  close(): Promise<void>;
}

export async function throwawaysFor(host: SimHost): Promise<Throwaways> {
  const socket = path.join(host.dir, "podman.sock");
  const service: HostRun = host.podman(["system", "service", "--time=0", `unix://${socket}`], { reject: false });
  for (let i = 0; i < 100 && !existsSync(socket); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  if (!existsSync(socket)) {
    service.kill();
    throw new Error("podman system service did not create its socket");
  }
  // testcontainers reads its configuration from the environment when it first connects.
  process.env.DOCKER_HOST = `unix://${socket}`;
  process.env.TESTCONTAINERS_RYUK_DISABLED = "true";
  process.env.TMPDIR = path.join(host.dir, "tmp");
  const { GenericContainer } = await import("testcontainers");

  return {
    async start(network) {
      let builder = new GenericContainer(host.probeImage)
        .withPullPolicy(neverPull)
        .withName(host.name(`tc-${Math.random().toString(16).slice(2, 8)}`))
        .withCommand(["sleep", "600"]);
      if (network) builder = builder.withNetworkMode(network);
      const container = await builder.start();
      return {
        exec: async (command) => {
          const result = await container.exec(command);
          return { exitCode: result.exitCode, output: result.output };
        },
        stop: async () => {
          await container.stop({ timeout: 0, remove: true });
        },
      };
    },
    async close() {
      service.kill("SIGTERM");
      await service.catch(() => undefined);
    },
  };
}
