/** `podnet check host` against the simulated host: what matches, and every mismatch explained. */
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createSimHost, type SimHost, simulated } from "../support/simhost.js";
import { oneshotScript, type SimStory, simStory } from "../support/simspec.js";
import { describeWith } from "../support/tools.js";

const tools = { commands: ["podman", "nix-instantiate", "nsenter", "ip", "busybox", "iptables-save"], root: true };

describeWith(tools, "podnet check host on the simulated host", () => {
  let host: SimHost;
  let story: SimStory;
  const check = async (spec: string, env: Record<string, string> = {}) => {
    const result = await host.podnet(["check", "host", spec, "--json"], { env });
    const report = JSON.parse(String(result.stdout));
    const status = (id: string, subject?: string) =>
      report.criteria.find((c: { id: string; subject: string }) => c.id === id && (subject === undefined || c.subject === subject));
    return { exitCode: result.exitCode, report, status };
  };

  beforeAll(async () => {
    host = await createSimHost();
    story = simStory(host, "hc", { ipv4: "172.22.0.0/24", ipv6: "fdaa:bbcc:dd30::/64" });
    const created = await host.run("bash", ["-c", await oneshotScript(story, readFileSync(story.specFile, "utf8"))], { reject: false });
    if (created.exitCode !== 0) throw new Error(String(created.stderr));
    await host.podman(["run", "-d", "--name", story.throwaway, `--network=${story.network}`, host.probeImage, "sleep", "600"]);
    await host.run("sh", ["-c", "echo 1 > /proc/sys/net/ipv6/conf/all/forwarding"]);
  });
  afterAll(async () => {
    await host?.destroy();
  });

  it("passes on a host that matches the spec", async () => {
    const { exitCode, report } = await check(story.specFile);
    expect(exitCode, JSON.stringify(report, null, 1)).toBe(0);
    const byId = Object.fromEntries(report.criteria.map((c: { id: string; status: string }) => [c.id, c.status]));
    expect(byId).toEqual({
      forwarding: "pass",
      ipv6: "pass",
      uplink: "pass",
      "netavark-driver": "pass",
      unit: "skip",
      network: "pass",
      bridge: "pass",
      nat: "pass",
      forward: "pass",
      container: "pass",
    });
  });

  it("explains forwarding that is off", async () => {
    await host.run("sh", ["-c", "echo 0 > /proc/sys/net/ipv6/conf/all/forwarding"]);
    try {
      const { exitCode, status } = await check(story.specFile);
      expect(exitCode).toBe(1);
      expect(status("forwarding").evidence).toContain("= 0");
    } finally {
      await host.run("sh", ["-c", "echo 1 > /proc/sys/net/ipv6/conf/all/forwarding"]);
    }
  });

  it("explains IPv6 switched off for new interfaces, where a new network's container then cannot start", async () => {
    const network = host.name("v6off");
    const container = host.name("v6off");
    await host.podman(["network", "create", "--ipv6", "--subnet", "172.22.9.0/24", "--subnet", "fdaa:bbcc:dd39::/64", network]);
    await host.run("sh", ["-c", "echo 1 > /proc/sys/net/ipv6/conf/default/disable_ipv6"]);
    try {
      const { exitCode, status } = await check(story.specFile);
      expect(exitCode).toBe(1);
      expect(status("ipv6").status).toBe("fail");
      expect(status("ipv6").evidence).toContain("net.ipv6.conf.default.disable_ipv6 = 1: netavark cannot give a new podnet bridge");
      expect(status("ipv6").evidence).toContain("networking.enableIPv6 = true");
      // What the criterion warns of, on this podman: netavark cannot set up the new network's bridge.
      const run = await host.podman(["run", "--name", container, "--network", network, host.probeImage, "true"], { reject: false });
      expect(run.exitCode).not.toBe(0);
      expect(String(run.stderr)).toContain("failed to add ipv6 address");
      // Any non-zero value switches IPv6 off.
      await host.run("sh", ["-c", "echo 2 > /proc/sys/net/ipv6/conf/default/disable_ipv6"]);
      expect((await check(story.specFile)).status("ipv6").evidence).toContain("net.ipv6.conf.default.disable_ipv6 = 2: ");
    } finally {
      await host.run("sh", ["-c", "echo 0 > /proc/sys/net/ipv6/conf/default/disable_ipv6"]);
      await host.podman(["rm", "--force", container], { reject: false });
      await host.podman(["network", "rm", "--force", network], { reject: false });
    }
    expect((await check(story.specFile)).status("ipv6").status).toBe("pass");
  });

  it("explains IPv6 switched off on the uplink, which takes the uplink's address with it", async () => {
    const uplinkAddress = async () =>
      String((await host.run("ip", ["-6", "-o", "addr", "show", "dev", "uplink0", "scope", "global"])).stdout);
    expect(await uplinkAddress()).toContain(`${simulated.hostUplink}/64`);
    await host.run("sh", ["-c", "echo 1 > /proc/sys/net/ipv6/conf/uplink0/disable_ipv6"]);
    try {
      const { exitCode, status } = await check(story.specFile);
      expect(exitCode).toBe(1);
      expect(status("ipv6").status).toBe("fail");
      expect(status("ipv6").evidence).toContain("net.ipv6.conf.uplink0.disable_ipv6 = 1: the uplink has no IPv6 address to masquerade to");
      expect(status("ipv6").evidence).not.toContain("conf.all.");
      // What the criterion says happens: the kernel dropped the address, and the uplink criterion sees that too.
      expect(await uplinkAddress()).not.toContain(simulated.hostUplink);
      expect(status("uplink").status).toBe("fail");
    } finally {
      await host.run("sh", ["-c", "echo 0 > /proc/sys/net/ipv6/conf/uplink0/disable_ipv6"]);
      await host.run("ip", ["-6", "addr", "replace", `${simulated.hostUplink}/64`, "dev", "uplink0", "nodad"]);
      await host.run("ip", ["-6", "route", "replace", "default", "via", simulated.wanUplink]);
    }
    const restored = await check(story.specFile);
    expect(restored.status("ipv6").status).toBe("pass");
    expect(restored.status("uplink").status).toBe("pass");
  });

  it("explains flushed NAT rules, and its advice (podman network reload --all) restores them", async () => {
    // Break the masquerade where the driver in use keeps it: its own nftables table, or iptables.
    if ((await host.netavarkDriver()) === "nftables") await host.run("nft", ["flush", "chain", "inet", "netavark", "POSTROUTING"]);
    else await host.run("iptables", ["-t", "nat", "-F", "POSTROUTING"]);
    const broken = await check(story.specFile);
    expect(broken.exitCode).toBe(1);
    expect(broken.status("nat").evidence).toContain("nothing masquerades 172.22.0.0/24");
    expect(broken.status("nat").evidence).toContain("podman network reload --all");
    await host.podman(["network", "reload", "--all"]);
    expect((await check(story.specFile)).status("nat").status).toBe("pass");
  });

  it("explains a network whose subnets drifted from the spec", async () => {
    const drifted = simStory(host, "hcd", { ipv4: "172.22.1.0/24", ipv6: "fdaa:bbcc:dd31::/64" });
    await host.podman(["network", "create", "--ipv6", "--subnet", "172.22.2.0/24", "--subnet", "fdaa:bbcc:dd31::/64", drifted.network]);
    const { exitCode, status } = await check(drifted.specFile);
    expect(exitCode).toBe(1);
    expect(status("network").evidence).toContain(
      "podman has subnets 172.22.2.0/24 fdaa:bbcc:dd31::/64, the spec wants 172.22.1.0/24 fdaa:bbcc:dd31::/64",
    );
    expect(status("network").evidence).toContain(`restart podnet-network-${drifted.network}.service`);
  });

  it("explains a container that runs on the wrong network", async () => {
    const wrong = simStory(host, "hcw", { ipv4: "172.22.3.0/24", ipv6: "fdaa:bbcc:dd33::/64" });
    expect(
      (await host.run("bash", ["-c", await oneshotScript(wrong, readFileSync(wrong.specFile, "utf8"))], { reject: false })).exitCode,
    ).toBe(0);
    await host.podman(["run", "-d", "--name", wrong.throwaway, host.probeImage, "sleep", "600"]);
    const { exitCode, status } = await check(wrong.specFile);
    expect(exitCode).toBe(1);
    expect(status("container", wrong.throwaway).evidence).toContain(`on podman, not ${wrong.network}`);
  });

  it("a SLAAC uplink: explains the kernel's accept_ra, or networkd's IPv6AcceptRA where networkd manages the link", async () => {
    const slaac = path.join(host.dir, "slaac.yaml");
    writeFileSync(slaac, readFileSync(story.specFile, "utf8").replace("addressing: static", "addressing: slaac"));
    const acceptRa = (value: number) => host.run("sh", ["-c", `echo ${value} > /proc/sys/net/ipv6/conf/uplink0/accept_ra`]);

    await acceptRa(1);
    const off = await check(slaac);
    expect(off.exitCode).toBe(1);
    expect(off.status("accept-ra")).toMatchObject({ status: "fail", subject: "net.ipv6.conf.uplink0.accept_ra" });
    expect(off.status("accept-ra").evidence).toContain("= 1: with forwarding on, the SLAAC uplink ignores router advertisements");
    await acceptRa(2);
    expect((await check(slaac)).status("accept-ra").status).toBe("pass");

    // networkd manages the uplink: a stand-in networkctl names a real .network file and drop-in.
    // The kernel's accept_ra no longer matters (networkd keeps it at 0); the file does.
    await acceptRa(0);
    const tools = mkdtempSync(path.join(host.dir, "networkctl-"));
    const network = path.join(tools, "40-uplink.network");
    const dropin = path.join(tools, "40-uplink.network.d-10-podnet.conf");
    writeFileSync(
      path.join(tools, "networkctl"),
      `#!/bin/sh\necho '${JSON.stringify({ Name: "uplink0", AdministrativeState: "configured", NetworkFile: network, NetworkFileDropins: [dropin] })}'\n`,
    );
    chmodSync(path.join(tools, "networkctl"), 0o755);
    const withNetworkd = { PATH: `${tools}:${process.env.PATH}` };
    const networkd = async (main: string, extra: string) => {
      writeFileSync(network, main);
      writeFileSync(dropin, extra);
      return check(slaac, withNetworkd);
    };
    const accepted = await networkd("[Match]\nName=uplink0\n\n[Network]\nIPv6AcceptRA=yes\n", "");
    expect(accepted.status("accept-ra")).toMatchObject({ status: "pass", subject: "uplink0 (systemd-networkd)" });
    expect(accepted.status("accept-ra").evidence).toContain(`IPv6AcceptRA=yes in ${network}`);
    const overridden = await networkd("[Network]\nIPv6AcceptRA=yes\n", "[Network]\nIPv6AcceptRA=no\n");
    expect(overridden.status("accept-ra").status).toBe("fail");
    expect(overridden.status("accept-ra").evidence).toContain(`with IPv6AcceptRA=no (${dropin})`);
    const unset = await networkd("[Match]\nName=uplink0\n[Network]\nDHCP=no\n", "");
    expect(unset.status("accept-ra").evidence).toContain("without IPv6AcceptRA=yes");
    expect(unset.status("accept-ra").evidence).toContain("networkConfig.IPv6AcceptRA = true");
    await acceptRa(2);
  });
});
