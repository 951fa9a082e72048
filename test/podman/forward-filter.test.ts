/**
 * NixOS's own forward filtering (networking.nftables.enable + networking.firewall.filterForward):
 * a forward chain that drops by default. The module's networking.firewall.extraForwardRules are
 * pulled out of the generated module with real Nix and loaded, with a chain built like NixOS's
 * (nixos/modules/services/networking/firewall-nftables.nix: policy drop, established and related
 * accepted, new connections to forward-allow, where extraForwardRules go), into the simulated
 * host: egress works under this run's driver, and an unsolicited inbound connection does not.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { evalNixos } from "../support/nix.js";
import { createSimHost, type SimHost, simulated } from "../support/simhost.js";
import { moduleOf, oneshotScript, type SimStory, simStory } from "../support/simspec.js";
import { describeWith } from "../support/tools.js";

const tools = { commands: ["podman", "nft", "nix-instantiate", "nsenter", "ip", "busybox", "python3"], root: true };

/** A table shaped like NixOS's firewall with filterForward on, holding `allowed` in forward-allow. */
const nixosFirewall = (allowed: string) => `table inet nixos-fw {
  chain forward {
    type filter hook forward priority filter; policy drop;
    ct state vmap { invalid : drop, established : accept, related : accept, new : jump forward-allow, untracked : jump forward-allow }
  }
  chain forward-allow {
    icmpv6 type != { router-renumbering, 139 } accept
    ct status dnat accept
${allowed}
  }
}
`;

describeWith(tools, "NixOS's forward filtering", () => {
  let host: SimHost;
  let story: SimStory;
  let rules: string;
  const container = () => `${story.throwaway}`;

  const load = async (allowed: string) => {
    await host.run("nft", ["delete", "table", "inet", "nixos-fw"], { reject: false });
    const file = path.join(host.dir, "nixos-fw.nft");
    writeFileSync(file, nixosFirewall(allowed));
    const loaded = await host.run("nft", ["-f", file], { reject: false });
    if (loaded.exitCode !== 0) throw new Error(String(loaded.stderr));
  };
  const egress = async () => {
    const result = await host.podnet(["check", "egress", story.specFile, "--json", ...host.egressFlags(3)]);
    const report = JSON.parse(String(result.stdout)) as {
      criteria: Array<{ id: string; subject: string; status: string; evidence: string }>;
    };
    return (id: string) => report.criteria.find((c) => c.id === id && c.subject === story.network)!;
  };
  /** From the simulated internet, an HTTP request to the container's own addresses. */
  const inbound = async (address: string) =>
    (
      await host.runIn(
        host.wanNetns,
        "timeout",
        ["3", "busybox", "wget", "-q", "-O", "-", `http://${address.includes(":") ? `[${address}]` : address}:8080/`],
        { reject: false },
      )
    ).exitCode;

  beforeAll(async () => {
    host = await createSimHost();
    story = simStory(host, "ff", { ipv4: "172.24.0.0/24", ipv6: "fdaa:bbcc:dd60::/64" });
    const created = await host.run("bash", ["-c", await oneshotScript(story, readFileSync(story.specFile, "utf8"))], { reject: false });
    if (created.exitCode !== 0) throw new Error(String(created.stderr));
    await host.run("sh", ["-c", "echo 1 > /proc/sys/net/ipv6/conf/all/forwarding"]);
    // The simulated internet gets routes to the private subnets, so that an inbound attempt can reach the host at all.
    await host.runIn(host.wanNetns, "ip", ["route", "add", "172.24.0.0/24", "via", simulated.hostUplink4]);
    await host.runIn(host.wanNetns, "ip", ["-6", "route", "add", "fdaa:bbcc:dd60::/64", "via", simulated.hostUplink]);
    await host.podman([
      "run",
      "-d",
      "--name",
      container(),
      "--network",
      story.network,
      "--ip",
      "172.24.0.10",
      "--ip6",
      "fdaa:bbcc:dd60::10",
      host.probeImage,
      "sh",
      "-c",
      "echo inside > /tmp/index.html && exec httpd -f -p 8080 -h /tmp",
    ]);

    const { moduleFile } = await moduleOf(story.specFile);
    const nixos = `{ ... }: { virtualisation.podman.enable = true; networking.nftables.enable = true; networking.firewall.filterForward = true; virtualisation.oci-containers.containers.${JSON.stringify(story.throwaway)}.image = "p"; }`;
    const evaluated = await evalNixos(
      moduleFile,
      nixos,
      `{ inherit (toplevel) sysctlConf; rules = config.networking.firewall.extraForwardRules; }`,
    );
    if (!evaluated.ok) throw new Error(evaluated.error);
    rules = (evaluated.value as { rules: string }).rules;
  }, 120_000);
  afterAll(async () => {
    await host?.destroy();
  });

  it("the module allows exactly its networks' egress: from a podman bridge out of the uplink, one rule per subnet", () => {
    expect(rules).toBe(
      `iifname "podman*" oifname "uplink0" ip saddr 172.24.0.0/24 accept comment "podnet ${story.network} egress"\n` +
        `iifname "podman*" oifname "uplink0" ip6 saddr fdaa:bbcc:dd60::/64 accept comment "podnet ${story.network} egress"\n`,
    );
  });

  it("without podnet's rules egress is dropped, and both checks name NixOS's filterForward", async () => {
    await load("");
    const status = await egress();
    expect(status("ipv6-reach").status).toBe("fail");
    expect(status("ipv6-reach").evidence).toContain("networking.firewall.filterForward");
    expect(status("ipv4-reach").status).toBe("fail");
    const hostCheck = await host.podnet(["check", "host", story.specFile, "--json"]);
    const forward = (JSON.parse(String(hostCheck.stdout)).criteria as Array<{ id: string; status: string; evidence: string }>).find(
      (c) => c.id === "forward",
    )!;
    expect(forward.status).toBe("fail");
    expect(forward.evidence).toContain(
      "inet nixos-fw chain forward drops forwarded traffic by default and nothing in it accepts fdaa:bbcc:dd60::/64",
    );
  });

  it("with the module's rules: NAT66 source and IPv4 egress pass under this driver", async () => {
    await load(rules);
    const status = await egress();
    expect(status("nat66-source").status).toBe("pass");
    expect(status("nat66-source").evidence).toContain(simulated.hostUplink);
    expect(status("ipv4-reach").status).toBe("pass");
  });

  it("a packet from the internet with a podnet source address is not forwarded (spoofing is not egress)", async () => {
    // Counts what gets past every forward filter: a later chain on the same hook.
    const counter = `table inet podnet_probe {\n  chain seen {\n    type filter hook forward priority 100; policy accept;\n    ip6 saddr fdaa:bbcc:dd60::99 counter\n  }\n}\n`;
    const counterFile = path.join(host.dir, "probe.nft");
    writeFileSync(counterFile, counter);
    const forwarded = async () => {
      await host.run("nft", ["delete", "table", "inet", "podnet_probe"], { reject: false });
      await host.run("nft", ["-f", counterFile]);
      await host.runIn(host.wanNetns, "python3", [
        "-c",
        "import socket\ns = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)\ns.bind(('fdaa:bbcc:dd60::99', 0))\nfor _ in range(5): s.sendto(b'spoofed', ('fdaa:bbcc:dd60::10', 9000))",
      ]);
      const listed = String((await host.run("nft", ["list", "table", "inet", "podnet_probe"])).stdout);
      return Number(/counter packets (\d+)/u.exec(listed)?.[1] ?? "0");
    };
    await host.runIn(host.wanNetns, "ip", ["-6", "addr", "add", "fdaa:bbcc:dd60::99/128", "dev", "uplink0", "nodad"]);
    // Without NixOS's filtering netavark forwards it (nothing checks the reverse path for IPv6),
    // which shows the probe sees such packets; with it and podnet's rules, none gets through.
    await host.run("nft", ["delete", "table", "inet", "nixos-fw"], { reject: false });
    expect(await forwarded()).toBe(5);
    await load(rules);
    expect(await forwarded()).toBe(0);
    await host.run("nft", ["delete", "table", "inet", "podnet_probe"], { reject: false });
    // Gone again: it would otherwise be the simulated internet's source address for the subnet.
    await host.runIn(host.wanNetns, "ip", ["-6", "addr", "del", "fdaa:bbcc:dd60::99/128", "dev", "uplink0"]);
  });

  it("an unsolicited inbound connection to the container is dropped (and reaches it without the firewall)", async () => {
    await host.run("nft", ["delete", "table", "inet", "nixos-fw"], { reject: false });
    expect(await inbound("fdaa:bbcc:dd60::10")).toBe(0);
    expect(await inbound("172.24.0.10")).toBe(0);
    await load(rules);
    expect(await inbound("fdaa:bbcc:dd60::10")).not.toBe(0);
    expect(await inbound("172.24.0.10")).not.toBe(0);
  });
});
