import { describe, expect, it } from "vitest";
import { subnet } from "../../src/compile/net/cidr.js";
import { masqueradeCovers } from "../../src/prove/nat.js";

// Real `iptables-save -t nat` after netavark 1.4 set up 172.22.0.0/24 (captured in the simulated host).
const iptables = `*nat
:POSTROUTING ACCEPT [0:0]
:NETAVARK-2D5D01DB1C66A - [0:0]
-A POSTROUTING -j NETAVARK-HOSTPORT-MASQ
-A POSTROUTING -s 172.22.0.0/24 -j NETAVARK-2D5D01DB1C66A
-A NETAVARK-2D5D01DB1C66A -d 172.22.0.0/24 -j ACCEPT
-A NETAVARK-2D5D01DB1C66A ! -d 224.0.0.0/4 -j MASQUERADE
COMMIT`;

// netavark's nftables driver layout (per-network chains named nv_<id>_<subnet>_nm<len>).
const nft = `table inet netavark {
	chain POSTROUTING {
		type nat hook postrouting priority srcnat; policy accept;
		ip6 saddr fdaa:1::/64 jump nv_2d5d01db_fdaa_1___nm64
	}
	chain nv_2d5d01db_fdaa_1___nm64 {
		ip6 daddr fdaa:1::/64 accept
		ip6 daddr != ff00::/8 masquerade
	}
}`;

describe("masqueradeCovers", () => {
  it("follows POSTROUTING to netavark's chain and its MASQUERADE (iptables)", () => {
    expect(masqueradeCovers(iptables, subnet("172.22.0.0/24"))).toBe(true);
    expect(masqueradeCovers(iptables, subnet("172.22.1.0/24"))).toBe(false);
  });
  it("does not count an orphaned chain after POSTROUTING was flushed", () => {
    const flushed = iptables
      .split("\n")
      .filter((line) => !line.startsWith("-A POSTROUTING"))
      .join("\n");
    expect(flushed).toContain("172.22.0.0/24");
    expect(masqueradeCovers(flushed, subnet("172.22.0.0/24"))).toBe(false);
  });
  it("does not count a chain that only accepts", () => {
    expect(masqueradeCovers(iptables.replace("-j MASQUERADE", "-j RETURN"), subnet("172.22.0.0/24"))).toBe(false);
  });
  it("reads netavark's nftables layout too", () => {
    expect(masqueradeCovers(nft, subnet("fdaa:1::/64"))).toBe(true);
    expect(masqueradeCovers(nft.replace("masquerade", "accept"), subnet("fdaa:1::/64"))).toBe(false);
  });
  it("compares the rule's source with the subnet as a value, not as text", () => {
    // The same network spelled otherwise (leading zeros, upper case, a zero group written out).
    expect(masqueradeCovers(nft.replace("fdaa:1::/64", "FDAA:0001:0::/64"), subnet("fdaa:1::/64"))).toBe(true);
    expect(masqueradeCovers(iptables, subnet("172.22.0.0/25"))).toBe(false);
    expect(masqueradeCovers(iptables.replaceAll("172.22.0.0/24", "172.22.0.0/16"), subnet("172.22.0.0/24"))).toBe(false);
  });
  it("reads a bare address as that one address, as nft prints a /32 or /128", () => {
    const single = nft.replace("ip6 saddr fdaa:1::/64", "ip6 saddr fdaa:1::5");
    expect(masqueradeCovers(single, subnet("fdaa:1::5/128"))).toBe(true);
    expect(masqueradeCovers(single, subnet("fdaa:1::/64"))).toBe(false);
  });
  it("does not count a rule for every source but the subnet (`! -s`, `saddr !=`)", () => {
    expect(
      masqueradeCovers(iptables.replace("-A POSTROUTING -s 172.22.0.0/24", "-A POSTROUTING ! -s 172.22.0.0/24"), subnet("172.22.0.0/24")),
    ).toBe(false);
    expect(masqueradeCovers(nft.replace("ip6 saddr fdaa:1::/64", "ip6 saddr != fdaa:1::/64"), subnet("fdaa:1::/64"))).toBe(false);
  });
  it("does not read an IPv4 source as an IPv6 subnet or the other way round", () => {
    expect(masqueradeCovers(iptables.replace("-s 172.22.0.0/24", "-s ::ffff:172.22.0.0/120"), subnet("172.22.0.0/24"))).toBe(false);
  });
});
