/**
 * What podman 4.3 could not prove, on podman 5.4 (the trixie stack): `dns` (podman network create
 * --dns, podman 4.4+) and `isolate: strict` (netavark 1.7, podman 4.6+), with the spec's
 * podman.version at 5.4. The created networks have them, and they work: aardvark-dns forwards a
 * container's query to the spec's upstream server; a strictly isolated network reaches no other
 * podman network. The scripts are the ones the generated module ships.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { execa } from "execa";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createSimHost, type HostRun, type SimHost, simulated } from "../support/simhost.js";
import { moduleOf, simSpec } from "../support/simspec.js";
import { describeWith } from "../support/tools.js";

const tools = { commands: ["podman", "nix-instantiate", "nsenter", "ip", "busybox"], root: true };

describeWith(tools, "dns and isolate: strict on podman 5", () => {
  let host: SimHost;
  let names: Record<string, string>;
  let dnsServer: HostRun | undefined;

  beforeAll(async () => {
    const version = (await execa("podman", ["--version"])).stdout;
    if (!/version [5-9]\./u.test(version))
      throw new Error(`this file proves podman 5 features; it runs on the trixie stack, not with ${version}`);
    host = await createSimHost();
    // The spec's upstream resolver lives in the simulated internet, on the wan's own address.
    dnsServer = host.runIn(
      host.wanNetns,
      process.execPath,
      [
        path.join(import.meta.dirname, "../support/dns-server.mjs"),
        "53",
        `probe.podnet.test=${simulated.v4Destination},${simulated.v6Destination}`,
      ],
      { reject: false, stdin: "ignore" },
    );
    const spec = simSpec(
      host,
      "p5",
      {
        resolving: { ipv4: "172.26.0.0/24", ipv6: "fd10:2:2:1::/64", dns: [simulated.wanUplink] },
        strict: { ipv4: "172.26.1.0/24", ipv6: "fd10:2:2:2::/64", isolate: "strict" },
        open: { ipv4: "172.26.2.0/24", ipv6: "fd10:2:2:3::/64" },
        other: { ipv4: "172.26.3.0/24", ipv6: "fd10:2:2:4::/64" },
      },
      { podmanVersion: "5.4" },
    );
    names = spec.names;
    const module = await moduleOf(spec.specFile);
    for (const [network, script] of Object.entries(module.scripts)) {
      const result = await host.run("bash", ["-c", script], { reject: false });
      if (result.exitCode !== 0) throw new Error(`${network}: ${result.stderr}`);
    }
  }, 120_000);
  afterAll(async () => {
    dnsServer?.kill("SIGTERM");
    await dnsServer?.catch(() => undefined);
    await host?.destroy();
  });

  const inContainer = (network: string, command: string[]) =>
    host.podman(["run", "--rm", `--network=${network}`, host.probeImage, ...command], { reject: false });
  const inspect = async (network: string) => JSON.parse((await host.podman(["network", "inspect", network])).stdout)[0];

  it("dns: the network has the spec's server, and aardvark-dns forwards a container's query to it", async () => {
    expect((await inspect(names.resolving!)).network_dns_servers).toEqual([simulated.wanUplink]);
    const answer = await inContainer(names.resolving!, ["sh", "-c", "timeout 5 nslookup probe.podnet.test; exit $?"]);
    expect(answer.exitCode, String(answer.stdout) + String(answer.stderr)).toBe(0);
    expect(answer.stdout).toContain(simulated.v6Destination);
    expect(answer.stdout).toContain(simulated.v4Destination);
    // A name the upstream does not know is not found: the answer really comes from there.
    const unknown = await inContainer(names.resolving!, ["sh", "-c", "timeout 5 nslookup nothing.podnet.test; exit $?"]);
    expect(unknown.exitCode).not.toBe(0);
  });

  it("dns is part of the network's drift: a changed list recreates an unused network, and is refused while a container uses it", async () => {
    const specFile = path.join(host.dir, "p5.yaml");
    const changed = readFileSync(specFile, "utf8").replace(`- ${simulated.wanUplink}`, `- ${simulated.wanUplink4}`);
    expect(changed).not.toBe(readFileSync(specFile, "utf8"));
    const script = (await moduleOf(specFile, changed)).scripts[names.resolving!]!;
    const busy = host.name("busy-p5");
    await host.podman(["run", "-d", "--name", busy, `--network=${names.resolving}`, host.probeImage, "sleep", "300"]);
    const refused = await host.run("bash", ["-c", script], { reject: false });
    expect(refused.exitCode).toBe(1);
    expect(String(refused.stderr)).toContain(`dns=${simulated.wanUplink}) but the spec wants`);
    expect(String(refused.stderr)).toContain(`containers attached: ${busy}`);
    await host.podman(["rm", "--force", "--time", "0", busy]);
    const recreated = await host.run("bash", ["-c", script], { reject: false });
    expect(recreated.exitCode, String(recreated.stderr)).toBe(0);
    expect(String(recreated.stdout)).toContain("recreating it");
    expect((await inspect(names.resolving!)).network_dns_servers).toEqual([simulated.wanUplink4]);
    const again = await host.run("bash", ["-c", script], { reject: false });
    expect(String(again.stdout)).toContain("is up to date");
  });

  it("isolate: strict reaches no other podman network, isolated or not; a normal network still does", async () => {
    expect((await inspect(names.strict!)).options).toMatchObject({ isolate: "strict" });
    const server = host.name("srv-p5");
    await host.podman([
      "run",
      "-d",
      "--name",
      server,
      `--network=${names.open}`,
      "--ip=172.26.2.10",
      host.probeImage,
      "sh",
      "-c",
      "echo up > /tmp/index.html && exec httpd -f -p 8080 -h /tmp",
    ]);
    const fetch = (network: string) =>
      inContainer(network, ["sh", "-c", "timeout 4 wget -q -O - http://172.26.2.10:8080/index.html; exit $?"]);
    let fromOther = await fetch(names.other!);
    for (let attempt = 0; attempt < 10 && fromOther.exitCode !== 0; attempt++) fromOther = await fetch(names.other!);
    expect(fromOther.exitCode).toBe(0);
    expect((await fetch(names.strict!)).exitCode).not.toBe(0);
    // Its own egress is untouched by isolation.
    const egress = await inContainer(names.strict!, ["sh", "-c", `timeout 5 wget -q -O - http://[${simulated.v6Destination}]/; exit $?`]);
    expect(String(egress.stdout).trim()).toBe(simulated.hostUplink);
  });
});
