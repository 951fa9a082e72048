/**
 * netavark's `none` firewall driver on a live host: it adds no masquerade and no forward rule, so
 * a podnet network has no egress. Both checks must say so, with the fix. Runs once, on the trixie
 * stack (netavark 1.14; Debian 12's netavark 1.4 has no `none` driver).
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createSimHost, type SimHost } from "../support/simhost.js";
import { oneshotScript, type SimStory, simStory } from "../support/simspec.js";
import { describeWith } from "../support/tools.js";

const tools = { commands: ["podman", "nix-instantiate", "nsenter", "ip", "busybox"], root: true };

describeWith(tools, "netavark's none driver", () => {
  let host: SimHost;
  let story: SimStory;

  beforeAll(async () => {
    host = await createSimHost({ firewallDriver: "none" });
    story = simStory(host, "none", { ipv4: "172.27.0.0/24", ipv6: "fdaa:bbcc:dd70::/64" });
    const created = await host.run("bash", ["-c", await oneshotScript(story, readFileSync(story.specFile, "utf8"))], { reject: false });
    if (created.exitCode !== 0) throw new Error(String(created.stderr));
    await host.run("sh", ["-c", "echo 1 > /proc/sys/net/ipv6/conf/all/forwarding"]);
    await host.podman(["run", "-d", "--name", story.throwaway, "--network", story.network, host.probeImage, "sleep", "300"]);
  }, 120_000);
  afterAll(async () => {
    await host?.destroy();
  });

  it("check host names the driver and the fix; nothing masquerades the subnets", async () => {
    const result = await host.podnet(["check", "host", story.specFile, "--json"]);
    expect(result.exitCode).toBe(1);
    const criteria = JSON.parse(String(result.stdout)).criteria as Array<{ id: string; subject: string; status: string; evidence: string }>;
    const driver = criteria.find((c) => c.id === "netavark-driver")!;
    expect(driver.status).toBe("fail");
    expect(driver.evidence).toContain('firewall_driver = "none"');
    expect(driver.evidence).toContain('set it to "iptables" or "nftables"');
    expect(criteria.find((c) => c.id === "nat" && c.subject === story.network)!.status).toBe("fail");
  });

  it("check egress fails the reach criteria and says why", async () => {
    const result = await host.podnet(["check", "egress", story.specFile, "--json", ...host.egressFlags(3)]);
    expect(result.exitCode).toBe(1);
    const reach = (
      JSON.parse(String(result.stdout)).criteria as Array<{ id: string; subject: string; status: string; evidence: string }>
    ).find((c) => c.id === "ipv6-reach")!;
    expect(reach.status).toBe("fail");
    expect(reach.evidence).toContain('netavark\'s firewall driver is "none"');
  });
});
