/**
 * The real Docker daemon (dockerd) inside a simulated host, the way web-arm runs it beside
 * podman: with IPv6 firewalling on (`--ip6tables`, the default from Docker 27; Docker 26 in the
 * trixie root needs `--experimental` for it). Its state lives under the run's folder; its API is a
 * socket there. `stop()` also unmounts what dockerd mounted, so the folder can be removed.
 */
import { mkdirSync } from "node:fs";
import { request } from "node:http";
import path from "node:path";
import { execa } from "execa";
import type { HostRun, SimHost } from "./simhost.js";

export interface Dockerd {
  readonly socket: string;
  /** GET on Docker's API (JSON). */
  api(route: string): Promise<unknown>;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function startDockerd(host: SimHost): Promise<Dockerd> {
  const dir = path.join(host.dir, "docker");
  mkdirSync(dir, { recursive: true });
  const socket = path.join(dir, "docker.sock");
  const args = [
    "--experimental",
    "--ip6tables=true",
    "--data-root",
    path.join(dir, "data"),
    "--exec-root",
    path.join(dir, "exec"),
    "--pidfile",
    path.join(dir, "docker.pid"),
    "-H",
    `unix://${socket}`,
    "--exec-opt",
    "native.cgroupdriver=cgroupfs",
  ];
  let daemon: HostRun | undefined;

  const get = (route: string) =>
    new Promise<string>((resolve, reject) => {
      const call = request({ socketPath: socket, path: route, method: "GET", timeout: 5000 }, (response) => {
        let body = "";
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () =>
          response.statusCode === 200 ? resolve(body) : reject(new Error(`${route}: HTTP ${response.statusCode}`)),
        );
      });
      call.on("error", reject);
      call.on("timeout", () => call.destroy(new Error("docker API timeout")));
      call.end();
    });
  const api = async (route: string): Promise<unknown> => JSON.parse(await get(route));

  const start = async () => {
    daemon = host.run("dockerd", args, { reject: false, all: true, stdin: "ignore" });
    // Ready when the API answers and the FORWARD chains are in place.
    for (let attempt = 0; attempt < 300; attempt++) {
      const ready = await get("/_ping")
        .then(() => true)
        .catch(() => false);
      const chains = await host.run("ip6tables", ["-w", "-n", "-L", "DOCKER-USER"], { reject: false });
      if (ready && chains.exitCode === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    daemon.kill("SIGKILL");
    throw new Error(`dockerd did not come up: ${String((await daemon).all ?? "").slice(-2000)}`);
  };
  const halt = async () => {
    if (!daemon) return;
    daemon.kill("SIGTERM");
    const timer = setTimeout(() => daemon?.kill("SIGKILL"), 15_000);
    await daemon.catch(() => undefined);
    clearTimeout(timer);
    daemon = undefined;
  };

  await start();
  return {
    socket,
    api,
    restart: async () => {
      await halt();
      await start();
    },
    stop: async () => {
      await halt();
      // dockerd bind-mounts its data root (and netns files) below the folder.
      const mounts = (await execa("findmnt", ["-rn", "-o", "TARGET"], { reject: false })).stdout
        .split("\n")
        .filter((m) => m.startsWith(dir));
      for (const mount of mounts.sort().reverse()) await execa("umount", ["-l", mount], { reject: false });
    },
  };
}
