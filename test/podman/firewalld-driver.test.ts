/**
 * Why podnet refuses netavark's firewalld driver, measured: with firewalld running in the
 * simulated host and `firewall_driver = "firewalld"`, the podnet network's IPv4 egress is
 * masqueraded but its IPv6 egress is not, because firewalld masquerades IPv4 only
 * (`meta nfproto ipv4 … masquerade` in its policy chain). Runs once, on the trixie stack.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createSimHost, type SimHost, simulated } from "../support/simhost.js";
import { oneshotScript, type SimStory, simStory } from "../support/simspec.js";
import { describeWith } from "../support/tools.js";

const tools = { commands: ["firewalld", "firewall-cmd", "dbus-daemon", "podman", "nft", "nix-instantiate", "nsenter"], root: true };

describeWith(tools, "netavark's firewalld driver", () => {
  let host: SimHost;
  let story: SimStory;
  let firewalld: ReturnType<SimHost["run"]> | undefined;

  beforeAll(async () => {
    host = await createSimHost({ firewallDriver: "firewalld" });
    // A system bus and firewalld of this run's own (the chroot's /run is private to the run).
    await host.run("sh", ["-c", "mkdir -p /run/dbus && exec dbus-daemon --system --fork"]);
    firewalld = host.run("firewalld", ["--nofork", "--nopid"], { reject: false, stdin: "ignore" });
    for (let i = 0; i < 200; i++) {
      if ((await host.run("firewall-cmd", ["--state"], { reject: false })).stdout.trim() === "running") break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    story = simStory(host, "fwd", { ipv4: "172.25.0.0/24", ipv6: "fdaa:bbcc:dd50::/64" });
    const created = await host.run("bash", ["-c", await oneshotScript(story, readFileSync(story.specFile, "utf8"))], { reject: false });
    if (created.exitCode !== 0) throw new Error(String(created.stderr));
    await host.run("sh", ["-c", "echo 1 > /proc/sys/net/ipv6/conf/all/forwarding"]);
  }, 120_000);
  afterAll(async () => {
    await host?.podman(["rm", "--force", "--all"], { reject: false });
    firewalld?.kill("SIGTERM");
    await firewalld?.catch(() => undefined);
    await host?.run("sh", ["-c", "kill $(cat /run/dbus/pid) 2>/dev/null; rm -rf /run/dbus"], { reject: false });
    await host?.destroy();
  });

  it("masquerades IPv4 only: IPv4 egress works, IPv6 egress (NAT66) does not", async () => {
    await host.podman(["run", "-d", "--name", story.throwaway, "--network", story.network, host.probeImage, "sleep", "120"]);
    const fetch = (url: string) => host.podman(["exec", story.throwaway, "timeout", "4", "wget", "-q", "-O", "-", url], { reject: false });
    const v4 = await fetch(`http://${simulated.v4Destination}/`);
    expect(v4.exitCode, String(v4.stderr)).toBe(0);
    expect(String(v4.stdout).trim()).toBe(simulated.hostUplink4);
    const v6 = await fetch(`http://[${simulated.v6Destination}]/`);
    expect(v6.exitCode).not.toBe(0);

    const ruleset = String((await host.run("nft", ["list", "ruleset"])).stdout);
    const masquerades = ruleset.split("\n").filter((line) => /\bmasquerade\b/u.test(line));
    expect(masquerades.length).toBeGreaterThan(0);
    for (const line of masquerades) expect(line).toContain("meta nfproto ipv4");
  });
});
