/**
 * The network shapes on real podman 4.3 + netavark in the simulated host: ipv6-only, internal,
 * isolate, static addresses, mtu and custom gateways. Scripts and container options are the ones
 * the generated module ships (pulled out with nix-instantiate).
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { evalModule } from "../support/nix.js";
import { createSimHost, type SimHost, simulated } from "../support/simhost.js";
import { moduleOf, simSpec } from "../support/simspec.js";
import { describeWith } from "../support/tools.js";

const tools = { commands: ["podman", "nix-instantiate", "nsenter", "ip", "busybox"], root: true };
const v6Url = `http://[${simulated.v6Destination}]/`;

describeWith(tools, "network shapes on real podman", () => {
  let host: SimHost;
  let names: Record<string, string>;
  let moduleFile: string;

  beforeAll(async () => {
    host = await createSimHost();
    const spec = simSpec(host, "shapes", {
      v6only: { mode: "ipv6-only", ipv6: "fd10:1:1:1::/64", containers: ["fetcher"] },
      sealed: { ipv4: "172.21.0.0/24", ipv6: "fd10:1:1:2::/64", internal: true },
      walled: {
        ipv4: "172.21.1.0/24",
        ipv6: "fd10:1:1:3::/64",
        isolate: true,
        mtu: 1400,
        gateway: { ipv4: "172.21.1.254" },
        containers: { app: { ipv4: "172.21.1.10", ipv6: "fd10:1:1:3::10" } },
      },
      open: { ipv4: "172.21.2.0/24", ipv6: "fd10:1:1:4::/64" },
      vault: { ipv4: "172.21.3.0/24", ipv6: "fd10:1:1:5::/64", isolate: true },
      // Written in upper case and long form: podman reports the canonical form, and the script
      // must compare in that form or it would see drift on every start.
      spelled: {
        ipv4: "172.21.4.0/24",
        ipv6: "FD10:0001:0001:0006::/64",
        gateway: { ipv6: "FD10:1:1:6:0:0:0:FE" },
        containers: { typed: { ipv6: "fd10:0001:0001:0006:0000:0000:0000:0010" } },
      },
    });
    names = spec.names;
    const module = await moduleOf(spec.specFile);
    moduleFile = module.moduleFile;
    for (const [network, script] of Object.entries(module.scripts)) {
      const result = await host.run("bash", ["-c", script], { reject: false });
      if (result.exitCode !== 0) throw new Error(`${network}: ${result.stderr}`);
    }
  });
  afterAll(async () => {
    await host?.destroy();
  });

  /** Runs `command` in a throwaway probe container with the given podman run options. */
  const inContainer = (options: string[], command: string[]) =>
    host.podman(["run", "--rm", ...options, host.probeImage, ...command], { reject: false });
  /**
   * wget with a deadline. `sh` stays PID 1: busybox `timeout` execs the command itself, and a PID 1
   * ignores SIGTERM, so a bare `timeout 5 wget` as the container command hangs on a dropped packet.
   */
  const fetchWithin = (seconds: number, url: string, output = "/dev/null") => [
    "sh",
    "-c",
    `timeout ${seconds} wget -q -O ${output} '${url}'; exit $?`,
  ];
  const inspect = async (network: string) => JSON.parse((await host.podman(["network", "inspect", network])).stdout)[0];

  it("every shape's script is idempotent on a second run", async () => {
    const { scripts } = await moduleOf((await import("node:path")).join(host.dir, "shapes.yaml"));
    for (const [network, script] of Object.entries(scripts)) {
      const again = await host.run("bash", ["-c", script], { reject: false });
      expect(again.exitCode, `${network}: ${again.stderr}`).toBe(0);
      expect(again.stdout).toContain("is up to date");
    }
  });

  it("ipv6-only: only the IPv6 subnet, no IPv4 address in the container, NAT66 egress", async () => {
    const network = await inspect(names.v6only!);
    expect(network.subnets.map((s: { subnet: string }) => s.subnet)).toEqual(["fd10:1:1:1::/64"]);
    expect(network.ipv6_enabled).toBe(true);
    const addresses = await inContainer([`--network=${names.v6only}`], ["ip", "-o", "addr", "show", "eth0"]);
    expect(addresses.stdout).toContain("inet6 fd10:1:1:1::");
    expect(addresses.stdout).not.toMatch(/\binet /u);
    const fetched = await inContainer([`--network=${names.v6only}`], fetchWithin(5, v6Url, "-"));
    expect(fetched.exitCode, fetched.stderr).toBe(0);
    expect(fetched.stdout.trim()).toBe(simulated.hostUplink);
  });

  it("internal: the network exists but a container on it cannot reach the v6-only destination", async () => {
    expect((await inspect(names.sealed!)).internal).toBe(true);
    const fetched = await inContainer([`--network=${names.sealed}`], fetchWithin(5, v6Url, "-"));
    expect(fetched.exitCode).not.toBe(0);
    expect(fetched.stdout.trim()).toBe("");
  });

  it("static addresses: the container gets exactly the addresses the module's extraOptions give it", async () => {
    const app = host.name("app-shapes");
    const options = (await evalModule(
      moduleFile,
      `module.virtualisation.oci-containers.containers.${JSON.stringify(app)}.extraOptions`,
    )) as string[];
    expect(options).toEqual([`--network=${names.walled}`, "--ip=172.21.1.10", "--ip6=fd10:1:1:3::10"]);
    const addresses = await inContainer(options, ["ip", "-o", "addr", "show", "eth0"]);
    expect(addresses.exitCode, addresses.stderr).toBe(0);
    expect(addresses.stdout).toContain("inet 172.21.1.10/24");
    expect(addresses.stdout).toContain("inet6 fd10:1:1:3::10/64");
  });

  it("values written in another spelling reach podman canonical, and the script sees no drift in them", async () => {
    const network = await inspect(names.spelled!);
    expect(network.subnets).toEqual([
      { subnet: "172.21.4.0/24", gateway: "172.21.4.1" },
      { subnet: "fd10:1:1:6::/64", gateway: "fd10:1:1:6::fe" },
    ]);
    const typed = host.name("typed-shapes");
    const options = (await evalModule(
      moduleFile,
      `module.virtualisation.oci-containers.containers.${JSON.stringify(typed)}.extraOptions`,
    )) as string[];
    expect(options).toEqual([`--network=${names.spelled}`, "--ip6=fd10:1:1:6::10"]);
    const addresses = await inContainer(options, ["ip", "-o", "addr", "show", "eth0"]);
    expect(addresses.stdout).toContain("inet6 fd10:1:1:6::10/64");
  });

  it("mtu and custom gateway: podman created the bridge with them", async () => {
    const network = await inspect(names.walled!);
    expect(network.subnets).toEqual([
      { subnet: "172.21.1.0/24", gateway: "172.21.1.254" },
      { subnet: "fd10:1:1:3::/64", gateway: "fd10:1:1:3::1" },
    ]);
    expect(network.options).toMatchObject({ isolate: "true", mtu: "1400" });
    const mtu = await inContainer([`--network=${names.walled}`], ["cat", "/sys/class/net/eth0/mtu"]);
    expect(mtu.stdout.trim()).toBe("1400");
  });

  it("isolate: an isolated network cannot reach a container on another isolated network; a normal network can", async () => {
    // netavark's isolate=true has docker/CNI semantics: it cuts traffic *between isolated
    // networks* (netavark#331/#332); `isolate: strict` also cuts non-isolated ones (podman 4.6+).
    const server = host.name("web-shapes");
    await host.podman([
      "run",
      "-d",
      "--name",
      server,
      `--network=${names.vault}`,
      "--ip=172.21.3.10",
      host.probeImage,
      "sh",
      "-c",
      "echo up > /tmp/index.html && exec httpd -f -p 8080 -h /tmp",
    ]);
    const url = "http://172.21.3.10:8080/index.html";
    let fromSame: number | undefined;
    for (let attempt = 0; attempt < 10 && fromSame !== 0; attempt++) {
      fromSame = (await inContainer([`--network=${names.vault}`], fetchWithin(2, url))).exitCode;
    }
    expect(fromSame).toBe(0);
    const fromOpen = await inContainer([`--network=${names.open}`], fetchWithin(5, url));
    const fromWalled = await inContainer([`--network=${names.walled}`], fetchWithin(5, url));
    expect({ open: fromOpen.exitCode, walled: fromWalled.exitCode === 0 ? 0 : "blocked" }).toEqual({ open: 0, walled: "blocked" });
  });
});
