/** `podnet check host` against the simulated host: what matches, and every mismatch explained. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createSimHost, type SimHost } from "../support/simhost.js";
import { oneshotScript, simStory, type SimStory } from "../support/simspec.js";
import { describeWith } from "../support/tools.js";

const bin = path.resolve(import.meta.dirname, "../../bin/podnet.js");
const tools = { commands: ["podman", "nix-instantiate", "nsenter", "ip", "busybox", "iptables-save"], root: true };

describeWith(tools, "podnet check host on the simulated host", () => {
  let host: SimHost;
  let story: SimStory;
  const check = async (spec: string) => {
    const result = await host.run(process.execPath, [bin, "check", "host", spec, "--json"], { reject: false });
    const report = JSON.parse(String(result.stdout));
    const status = (id: string, subject?: string) => report.criteria.find((c: { id: string; subject: string }) => c.id === id && (subject === undefined || c.subject === subject));
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
    expect(byId).toEqual({ forwarding: "pass", uplink: "pass", unit: "skip", network: "pass", bridge: "pass", nat: "pass", container: "pass" });
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

  it("explains flushed NAT rules, and its advice (podman network reload --all) restores them", async () => {
    await host.run("iptables", ["-t", "nat", "-F", "POSTROUTING"]);
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
    expect(status("network").evidence).toContain("podman has subnets 172.22.2.0/24 fdaa:bbcc:dd31::/64, the spec wants 172.22.1.0/24 fdaa:bbcc:dd31::/64");
    expect(status("network").evidence).toContain(`restart podnet-network-${drifted.network}.service`);
  });

  it("explains a container that runs on the wrong network", async () => {
    const wrong = simStory(host, "hcw", { ipv4: "172.22.3.0/24", ipv6: "fdaa:bbcc:dd33::/64" });
    expect((await host.run("bash", ["-c", await oneshotScript(wrong, readFileSync(wrong.specFile, "utf8"))], { reject: false })).exitCode).toBe(0);
    await host.podman(["run", "-d", "--name", wrong.throwaway, host.probeImage, "sleep", "600"]);
    const { exitCode, status } = await check(wrong.specFile);
    expect(exitCode).toBe(1);
    expect(status("container", wrong.throwaway).evidence).toContain(`on podman, not ${wrong.network}`);
  });
});
