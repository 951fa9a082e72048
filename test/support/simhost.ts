/**
 * A simulated NixOS host and a simulated IPv6 internet, in network namespaces this test run makes
 * itself (design.md §5):
 *
 *   netns <id>-host  ⇄ veth ⇄  netns <id>-wan
 *   2001:db8:1::1/64            2001:db8:1::2/64, plus 2001:db8:2::80/128 (v6-only destination)
 *   192.0.2.1/24                192.0.2.2/24,     plus 198.51.100.80/32 (v4 destination)
 *
 * An echo server in `wan` answers every HTTP request with the client's address, so a container's
 * fetch shows which source address the destination saw. podman runs with private state (storage,
 * network configs, tmp) under the run's own folder; every podman call goes through `host.podman`,
 * inside the host namespace, because netavark tears a bridge down in the namespace it is called in.
 *
 * Traffic stays inside these namespaces: the addresses are documentation prefixes that exist only
 * here. Everything is named with the run's random id and removed by `destroy()`.
 */
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { execa, type ResultPromise } from "execa";
import { isAlive } from "../../src/emit/write.js";
import { podnetCommand, podnetEnv } from "./cli.js";

export const simulated = {
  hostUplink: "2001:db8:1::1",
  wanUplink: "2001:db8:1::2",
  v6Destination: "2001:db8:2::80",
  hostUplink4: "192.0.2.1",
  wanUplink4: "192.0.2.2",
  v4Destination: "198.51.100.80",
} as const;

const busybox = "/bin/busybox";
const probeApplets = ["sh", "wget", "ip", "nc", "sleep", "cat", "timeout", "echo", "true", "httpd", "nslookup"];

/** What tests pass when running a command in the simulated host: output is always text. */
export interface HostOptions {
  readonly env?: Record<string, string>;
  readonly reject?: boolean;
  readonly timeout?: number;
  readonly input?: string;
  readonly stdin?: "ignore";
  /** Interleave stdout and stderr in `all`. */
  readonly all?: boolean;
}
/** A command running in the simulated host; its stdout and stderr are strings. */
export type HostRun = ResultPromise<{ reject: false }>;

export interface SimHost {
  readonly id: string;
  readonly dir: string;
  readonly hostNetns: string;
  readonly wanNetns: string;
  readonly probeImage: string;
  /** Environment that gives podman this run's private state. */
  readonly env: Record<string, string>;
  /** Runs a command inside the host namespace with the private podman environment. */
  run(command: string, args: ReadonlyArray<string>, options?: HostOptions): HostRun;
  podman(args: ReadonlyArray<string>, options?: HostOptions): HostRun;
  /** Runs the podnet CLI inside the host namespace (a non-zero exit does not throw). */
  podnet(args: ReadonlyArray<string>, options?: HostOptions): HostRun;
  /** The `check egress` flags that point it at this run's simulated internet and probe image. */
  egressFlags(timeoutSeconds: number): string[];
  /** Runs a command in another of this run's namespaces (e.g. the simulated internet). */
  runIn(netns: string, command: string, args: ReadonlyArray<string>, options?: HostOptions): HostRun;
  /** The firewall driver netavark uses here, read from the live rules: its own nftables table, or iptables. */
  netavarkDriver(): Promise<"nftables" | "iptables">;
  /** Unique name for anything podman-side this test creates. */
  name(base: string): string;
  destroy(): Promise<void>;
}

async function sh(command: string, args: ReadonlyArray<string>): Promise<void> {
  await execa(command, [...args]);
}

/**
 * netavark's firewall driver for this run (PODNET_FIREWALL_DRIVER: iptables or nftables), as a
 * host sets it in containers.conf. Unset: netavark's build default (iptables on Debian 12 and on
 * NixOS, nftables on Debian trixie). The test runner runs the podman tests under each driver.
 */
export const firewallDriver = process.env.PODNET_FIREWALL_DRIVER || undefined;

/** The environment that points podman at a simulated host's own configuration and store in `dir`. */
function containersEnv(dir: string): { CONTAINERS_CONF: string; CONTAINERS_STORAGE_CONF: string; TMPDIR: string } {
  return {
    CONTAINERS_CONF: path.join(dir, "containers.conf"),
    CONTAINERS_STORAGE_CONF: path.join(dir, "storage.conf"),
    TMPDIR: path.join(dir, "tmp"),
  };
}

function writeContainersConf(dir: string, driver: string | undefined): Record<string, string> {
  const { CONTAINERS_CONF: conf, CONTAINERS_STORAGE_CONF: storage } = containersEnv(dir);
  for (const sub of ["graph", "run", "networks", "tmp"]) mkdirSync(path.join(dir, sub), { recursive: true });
  // Test-only settings measured on these machines (design.md §5): crun fails on this kernel's
  // hybrid cgroups and the default ulimits are refused. Never part of generated output.
  writeFileSync(
    conf,
    `[containers]
default_ulimits = ["nofile=1024:1024", "nproc=1024:1024"]

[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
tmp_dir = "${path.join(dir, "tmp")}"

[network]
network_config_dir = "${path.join(dir, "networks")}"
${driver === undefined ? "" : `firewall_driver = "${driver}"\n`}`,
  );
  writeFileSync(storage, `[storage]\ndriver = "overlay"\ngraphroot = "${path.join(dir, "graph")}"\nrunroot = "${path.join(dir, "run")}"\n`);
  return containersEnv(dir);
}

/**
 * Removes everything a simulated host made: its containers and networks (inside its namespace, so
 * netavark tears down there), its store (unmounting overlay layers), its namespaces and its folder.
 */
async function tearDown(id: string, dir: string): Promise<void> {
  const env = { ...containersEnv(dir), PATH: process.env.PATH ?? "/usr/bin:/bin" };
  const hostNetns = `${id}-host`;
  if (existsSync(`/run/netns/${hostNetns}`)) {
    const podman = (args: string[]) => execa("nsenter", [`--net=/run/netns/${hostNetns}`, "podman", ...args], { env, reject: false });
    const names = (await podman(["ps", "--all", "--format", "{{.Names}}"])).stdout;
    for (const name of String(names ?? "")
      .split("\n")
      .filter(Boolean))
      await podman(["rm", "--force", "--time", "0", name]);
    const networks = (await podman(["network", "ls", "--format", "{{.Name}}"])).stdout;
    for (const network of String(networks ?? "")
      .split("\n")
      .filter((n) => n && n !== "podman")) {
      await podman(["network", "rm", "--force", network]);
    }
  }
  if (existsSync(path.join(dir, "containers.conf"))) await execa("podman", ["system", "reset", "--force"], { env, reject: false });
  for (const netns of [`${id}-wan`, hostNetns]) await execa("ip", ["netns", "del", netns], { reject: false });
  rmSync(dir, { recursive: true, force: true });
}

const ownerFile = "owner.pid";

/** Where simulated hosts live: the shared temporary folder, not the run's own (test/support/run-tmpdir.ts). */
const simHostsDir = () => process.env.PODNET_SIM_HOST_TMP ?? tmpdir();

/**
 * Tears down simulated hosts whose test process is gone (a run killed outright cannot clean up).
 * A folder without an owner is only taken once it is old enough not to be one being made.
 */
async function sweepOrphanedSimHosts(): Promise<void> {
  for (const name of readdirSync(simHostsDir())) {
    const id = /^(pn[0-9a-f]{6})-/u.exec(name)?.[1];
    if (!id) continue;
    const dir = path.join(simHostsDir(), name);
    let owner = Number.NaN;
    try {
      owner = Number.parseInt(readFileSync(path.join(dir, ownerFile), "utf8"), 10);
    } catch {
      // no owner recorded (made before owners were, or being made right now)
    }
    const orphaned = Number.isInteger(owner) ? !isAlive(owner) : Date.now() - statSync(dir).mtimeMs > 10 * 60_000;
    if (orphaned) await tearDown(id, dir);
  }
}

/** `options.firewallDriver` overrides the run's driver (a test of one particular driver). */
export async function createSimHost(options: { firewallDriver?: string } = {}): Promise<SimHost> {
  await sweepOrphanedSimHosts();
  const id = `pn${randomBytes(3).toString("hex")}`;
  const dir = mkdtempSync(path.join(simHostsDir(), `${id}-`));
  writeFileSync(path.join(dir, ownerFile), String(process.pid));
  const hostNetns = `${id}-host`;
  const wanNetns = `${id}-wan`;
  const env = { ...writeContainersConf(dir, options.firewallDriver ?? firewallDriver), PATH: process.env.PATH ?? "/usr/bin:/bin" };
  // The result types as text (reject: false's shape); whether a failure throws is the caller's option.
  const inNetns = (netns: string, command: string, args: ReadonlyArray<string>, options: HostOptions = {}): HostRun =>
    execa("nsenter", [`--net=/run/netns/${netns}`, command, ...args], { ...options, env: { ...env, ...options.env } }) as HostRun;

  let echoServer: HostRun | undefined;
  const destroy = async () => {
    echoServer?.kill("SIGTERM");
    await echoServer?.catch(() => undefined);
    await tearDown(id, dir);
  };

  try {
    for (const netns of [hostNetns, wanNetns]) {
      await sh("ip", ["netns", "add", netns]);
      await sh("ip", ["-n", netns, "link", "set", "lo", "up"]);
    }
    await sh("ip", ["link", "add", `${id}h`, "type", "veth", "peer", "name", `${id}w`]);
    await sh("ip", ["link", "set", `${id}h`, "netns", hostNetns]);
    await sh("ip", ["link", "set", `${id}w`, "netns", wanNetns]);
    await sh("ip", ["-n", hostNetns, "link", "set", `${id}h`, "name", "uplink0", "up"]);
    await sh("ip", ["-n", wanNetns, "link", "set", `${id}w`, "name", "uplink0", "up"]);
    await sh("ip", ["-n", hostNetns, "-6", "addr", "add", `${simulated.hostUplink}/64`, "dev", "uplink0", "nodad"]);
    await sh("ip", ["-n", wanNetns, "-6", "addr", "add", `${simulated.wanUplink}/64`, "dev", "uplink0", "nodad"]);
    await sh("ip", ["-n", wanNetns, "-6", "addr", "add", `${simulated.v6Destination}/128`, "dev", "lo"]);
    await sh("ip", ["-n", hostNetns, "-6", "route", "add", "default", "via", simulated.wanUplink]);
    await sh("ip", ["-n", hostNetns, "addr", "add", `${simulated.hostUplink4}/24`, "dev", "uplink0"]);
    await sh("ip", ["-n", wanNetns, "addr", "add", `${simulated.wanUplink4}/24`, "dev", "uplink0"]);
    await sh("ip", ["-n", wanNetns, "addr", "add", `${simulated.v4Destination}/32`, "dev", "lo"]);
    await sh("ip", ["-n", hostNetns, "route", "add", "default", "via", simulated.wanUplink4]);
    // The wan does not know the containers' private subnets: only NATed traffic can come back.

    echoServer = inNetns(wanNetns, process.execPath, [path.join(import.meta.dirname, "echo-server.mjs"), "80"], {
      reject: false,
      stdin: "ignore",
    });
    await waitForEcho(wanNetns);

    const probeImage = `localhost/${id}-probe:latest`;
    await buildProbeImage(path.join(dir, "probe-root"), probeImage, env);

    return {
      id,
      dir,
      hostNetns,
      wanNetns,
      probeImage,
      env,
      run: (command, args, options) => inNetns(hostNetns, command, args, options),
      runIn: (netns, command, args, options) => inNetns(netns, command, args, options),
      podman: (args, options) => inNetns(hostNetns, "podman", args, options),
      podnet: (args, options) => inNetns(hostNetns, ...podnetCommand(args), { reject: false, ...options, env: podnetEnv(options?.env) }),
      egressFlags: (timeoutSeconds) => [
        "--echo6",
        `http://[${simulated.v6Destination}]/`,
        "--echo4",
        `http://${simulated.v4Destination}/`,
        "--probe-image",
        probeImage,
        "--timeout",
        String(timeoutSeconds),
      ],
      name: (base) => `${base}-${id}`,
      netavarkDriver: async () =>
        (await inNetns(hostNetns, "nft", ["list", "table", "inet", "netavark"], { reject: false })).exitCode === 0
          ? "nftables"
          : "iptables",
      destroy,
    };
  } catch (error) {
    await destroy();
    throw error;
  }
}

async function waitForEcho(wanNetns: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const probe = await execa(
      "nsenter",
      [`--net=/run/netns/${wanNetns}`, busybox, "wget", "-q", "-O", "-", `http://[${simulated.v6Destination}]/`],
      { reject: false, timeout: 2000 },
    );
    if (probe.exitCode === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("echo server in the simulated wan did not come up");
}

/** A registry-free probe image: static busybox and its applets. */
async function buildProbeImage(root: string, image: string, env: Record<string, string>): Promise<void> {
  mkdirSync(path.join(root, "bin"), { recursive: true });
  mkdirSync(path.join(root, "tmp"), { recursive: true });
  chmodSync(path.join(root, "tmp"), 0o1777);
  copyFileSync(busybox, path.join(root, "bin/busybox"));
  chmodSync(path.join(root, "bin/busybox"), 0o755);
  for (const applet of probeApplets) symlinkSync("busybox", path.join(root, "bin", applet));
  await execa("sh", ["-c", 'tar -C "$1" -c . | podman import - "$2" >/dev/null', "sh", root, image], { env });
}
