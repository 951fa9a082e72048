/**
 * Does the host really masquerade a subnet? A chain that mentions the subnet is not enough (a
 * flushed POSTROUTING leaves netavark's per-network chain orphaned): there must be a POSTROUTING
 * rule for the source subnet that jumps to a chain that masquerades. The rule's source is read as
 * a prefix and compared with the subnet as a value, so its spelling does not matter.
 */
import { parsePrefix, type Subnet, sameSubnet } from "../compile/net/cidr.js";

const regexpLiteral = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&");

/** A rule's source prefix is the subnet itself (netavark writes the network's own subnet). */
const sourceIs = (prefix: string, subnet: Subnet) => {
  const parsed = parsePrefix(prefix, subnet.family);
  return parsed.ok && sameSubnet(parsed.value, subnet);
};

/** `iptables-save -t nat` / `ip6tables-save -t nat` text. */
function iptablesCovers(rules: string, subnet: Subnet): boolean {
  const lines = rules.split("\n");
  return lines.some((line) => {
    const words = line.split(/\s+/u);
    if (words[0] !== "-A" || words[1] !== "POSTROUTING") return false;
    const source = words.indexOf("-s");
    const target = words.indexOf("-j");
    // `! -s X` is every source but X: it never covers X.
    if (source < 0 || target < 0 || words[source - 1] === "!" || !sourceIs(words[source + 1] ?? "", subnet)) return false;
    const chain = words[target + 1] ?? "";
    if (chain === "MASQUERADE") return true;
    return lines.some((other) => other.startsWith(`-A ${chain} `) && /-j MASQUERADE\b/u.test(other));
  });
}

/** `nft list ruleset` text, as netavark's nftables driver writes it. */
function nftCovers(rules: string, subnet: Subnet): boolean {
  for (const match of rules.matchAll(/ip6? saddr (\S+) (?:.* )?jump (\S+)/gu)) {
    if (!sourceIs(match[1]!, subnet)) continue;
    const chain = match[2]!;
    const body = new RegExp(`chain ${regexpLiteral(chain)} \\{([^}]*)\\}`, "u").exec(rules)?.[1] ?? "";
    if (/\bmasquerade\b/u.test(body)) return true;
  }
  return false;
}

export function masqueradeCovers(rules: string, subnet: Subnet): boolean {
  return iptablesCovers(rules, subnet) || nftCovers(rules, subnet);
}
