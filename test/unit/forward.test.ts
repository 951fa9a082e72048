import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { subnet as parseSubnet } from "../../src/compile/net/cidr.js";
import { configuredFirewallDriver } from "../../src/prove/containers-conf.js";
import { explainBlock, forwardBlocks, netavarkDriverSeen, parseIptablesSave, parseNftRuleset } from "../../src/prove/forward.js";

const v6 = { subnet: parseSubnet("fdaa:bbcc:ddee::/64"), uplink: "enp1s0" };
const v4 = { subnet: parseSubnet("10.89.0.0/24"), uplink: "enp1s0" };

// Shaped like `nft list ruleset` with Docker's iptables-nft tables and netavark's nftables driver.
const dockerAndNetavark = `table ip6 filter {
	chain DOCKER-USER {
		counter packets 0 bytes 0 return
	}

	chain FORWARD {
		type filter hook forward priority filter; policy drop;
		counter packets 4 bytes 320 jump DOCKER-USER
	}
}
table inet netavark {
	set ipv6 {
		type ipv6_addr
		elements = { fdaa:bbcc:ddee::/64 }
	}
	chain FORWARD {
		type filter hook forward priority filter; policy accept;
		ip6 daddr fdaa:bbcc:ddee::/64 ct state established,related accept
		ip6 saddr fdaa:bbcc:ddee::/64 accept
	}
}
`;

describe("forward chains that drop podnet's traffic", () => {
  it("finds Docker's FORWARD DROP when nothing reachable accepts the subnet, and names Docker", () => {
    const tables = parseNftRuleset(dockerAndNetavark);
    expect(netavarkDriverSeen(tables)).toBe("nftables");
    const blocks = forwardBlocks(tables, v6);
    expect(blocks).toEqual([{ table: "ip6 filter", chain: "FORWARD", docker: true, nixos: false }]);
    expect(explainBlock(blocks[0]!, v6)).toContain("ip6tables -I DOCKER-USER -i podman+ -o enp1s0 -s fdaa:bbcc:ddee::/64 -j ACCEPT");
    // An IPv4 subnet is not concerned by an ip6 table.
    expect(forwardBlocks(tables, v4)).toEqual([]);
  });

  // A rule counts when its verdict is accept and every condition it has holds for the egress.
  const withRule = (rule: string, sets = "") =>
    forwardBlocks(
      parseNftRuleset(
        dockerAndNetavark
          .replace("table ip6 filter {", `table ip6 filter {\n${sets}`)
          .replace("counter packets 0 bytes 0 return", `${rule}\n\t\tcounter packets 0 bytes 0 return`),
      ),
      v6,
    );

  it.each([
    "ip6 saddr fdaa:bbcc:ddee::/64 counter packets 0 bytes 0 accept",
    "ip6 saddr fd00::/8 accept",
    'iifname "podman*" accept',
    'iifname { "podman0", "podman1" } accept',
    'iifname "podman*" oifname "enp1s0" ip6 saddr fdaa:bbcc:ddee::/64 accept comment "podnet v6egress egress"',
    "ip6 saddr { fd00:1::/64, fdaa:bbcc:ddee::/64 } accept",
    "meta nfproto ipv6 accept",
    'oifname "enp1s0" accept',
    "accept",
    "ct state new accept",
  ])("cleared by %s", (rule) => {
    expect(withRule(rule)).toEqual([]);
  });

  it("cleared by a named set holding the subnet", () => {
    expect(
      withRule(
        "ip6 saddr @podnets accept",
        "\tset podnets {\n\t\ttype ipv6_addr\n\t\tflags interval\n\t\telements = { fd00:1::/64,\n\t\t\t     fdaa:bbcc:ddee::/64 }\n\t}\n",
      ),
    ).toEqual([]);
    expect(
      withRule("ip6 saddr @podnets accept", "\tset podnets {\n\t\ttype ipv6_addr\n\t\telements = { fd00:1::/64 }\n\t}\n"),
    ).toHaveLength(1);
  });

  it.each([
    "ip6 daddr fdaa:bbcc:ddee::/64 ct state related,established counter accept",
    "ip6 saddr fdab::/64 accept",
    "ip saddr 10.89.0.0/24 accept",
    'iifname "podman1" tcp dport 22 accept',
    "ip6 saddr fdaa:bbcc:ddee::/64 tcp dport 443 accept",
    "ip6 saddr fdaa:bbcc:ddee::/64 ip6 daddr 2001:db8::1 accept",
    'ip6 saddr fdaa:bbcc:ddee::/64 drop comment "do not accept"',
    'oifname "eth9" accept',
    'iifname "eth0" accept',
    "meta nfproto ipv4 accept",
  ])("not cleared by %s", (rule) => {
    expect(withRule(rule)).toHaveLength(1);
  });

  it("a policy-accept chain that ends in reject drops by default (firewalld's filter_FORWARD)", () => {
    const firewalld = `table inet firewalld {
	chain filter_FORWARD {
		type filter hook forward priority filter + 10; policy accept;
		ct state { established, related } accept
		jump filter_FORWARD_POLICIES
		reject with icmpx admin-prohibited
	}
	chain filter_FORWARD_POLICIES {
		ip6 saddr fd00::/8 tcp dport 80 accept
	}
}`;
    expect(forwardBlocks(parseNftRuleset(firewalld), v6)).toEqual([
      { table: "inet firewalld", chain: "filter_FORWARD", docker: false, nixos: false },
    ]);
    expect(forwardBlocks(parseNftRuleset(firewalld.replace("tcp dport 80 accept", "accept")), v6)).toEqual([]);
  });

  it("follows verdict maps: NixOS's forward chain reaches forward-allow only for new connections", () => {
    const nixos = (allowed: string) => `table inet nixos-fw {
	chain forward {
		type filter hook forward priority filter; policy drop;
		ct state vmap { invalid : drop, established : accept, related : accept, new : jump forward-allow, untracked : jump forward-allow }
	}
	chain forward-allow {
		icmpv6 type != { router-renumbering, 139 } accept
${allowed}
	}
}`;
    expect(forwardBlocks(parseNftRuleset(nixos("")), v4)).toEqual([
      { table: "inet nixos-fw", chain: "forward", docker: false, nixos: true },
    ]);
    expect(forwardBlocks(parseNftRuleset(nixos('\t\tip saddr 10.89.0.0/24 accept comment "podnet v6egress egress"')), v4)).toEqual([]);
    expect(explainBlock(forwardBlocks(parseNftRuleset(nixos("")), v4)[0]!, v4)).toContain("networking.firewall.filterForward");
  });

  it("netavark's iptables driver (NETAVARK_FORWARD reachable) counts as accepting every podman network", () => {
    const saved = `# Generated by iptables-save v1.8.9 (legacy)
*filter
:INPUT ACCEPT [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
:DOCKER-USER - [0:0]
:NETAVARK_FORWARD - [0:0]
-A FORWARD -m comment --comment "netavark firewall plugin rules" -j NETAVARK_FORWARD
-A FORWARD -j DOCKER-USER
-A DOCKER-USER -m comment --comment "not -j DROP, really" -j RETURN
COMMIT
`;
    const tables = parseIptablesSave(saved, "ip");
    expect(netavarkDriverSeen(tables)).toBe("iptables");
    expect(forwardBlocks(tables, v4)).toEqual([]);
    const withoutNetavark = parseIptablesSave(saved.replace(/^-A FORWARD -m comment.*$/mu, ""), "ip");
    expect(forwardBlocks(withoutNetavark, v4)).toEqual([{ table: "ip filter", chain: "FORWARD", docker: true, nixos: false }]);
    const accepted = parseIptablesSave(
      saved
        .replace(/^-A FORWARD -m comment.*$/mu, "")
        .replace("-A DOCKER-USER -m comment", "-A DOCKER-USER -i podman+ -o enp1s0 -s 10.89.0.0/24 -j ACCEPT\n-A DOCKER-USER -m comment"),
      "ip",
    );
    expect(forwardBlocks(accepted, v4)).toEqual([]);
    const portOnly = parseIptablesSave(
      saved
        .replace(/^-A FORWARD -m comment.*$/mu, "")
        .replace("-A DOCKER-USER -m comment", "-A DOCKER-USER -s 10.89.0.0/24 -p tcp --dport 443 -j ACCEPT\n-A DOCKER-USER -m comment"),
      "ip",
    );
    expect(forwardBlocks(portOnly, v4)).toHaveLength(1);
  });
});

describe("the firewall driver containers.conf configures", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "podnet-conf-"));
  const conf = (name: string, text: string) => {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  };

  it("reads [network] firewall_driver from CONTAINERS_CONF, and NETAVARK_FW wins over it", async () => {
    const file = conf("a.conf", '[engine]\nruntime = "runc"\n\n[network]\n# comment\nfirewall_driver = "none"\n');
    expect(await configuredFirewallDriver({ CONTAINERS_CONF: file })).toEqual({ driver: "none", source: file });
    expect(await configuredFirewallDriver({ CONTAINERS_CONF: file, NETAVARK_FW: "nftables" })).toEqual({
      driver: "nftables",
      source: "NETAVARK_FW",
    });
    const unset = conf("b.conf", '[network]\nnetwork_backend = "netavark"\n');
    expect((await configuredFirewallDriver({ CONTAINERS_CONF: unset })).driver).toBeUndefined();
    const broken = conf("c.conf", "[network\nfirewall_driver = ");
    expect((await configuredFirewallDriver({ CONTAINERS_CONF: broken })).driver).toBeUndefined();
  });
});
