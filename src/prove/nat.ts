/**
 * Does the host really masquerade a subnet? A chain that mentions the subnet is not enough (a
 * flushed POSTROUTING leaves netavark's per-network chain orphaned): there must be a POSTROUTING
 * rule for the source subnet that jumps to a chain that masquerades.
 */

const regexpLiteral = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&");

/** `iptables-save -t nat` / `ip6tables-save -t nat` text. */
function iptablesCovers(rules: string, subnet: string): boolean {
  const lines = rules.split("\n");
  const jump = new RegExp(`^-A POSTROUTING (?:.* )?-s ${regexpLiteral(subnet)} (?:.* )?-j (\\S+)`, "u");
  return lines.some((line) => {
    const chain = jump.exec(line)?.[1];
    if (chain === undefined) return false;
    if (chain === "MASQUERADE") return true;
    return lines.some((other) => other.startsWith(`-A ${chain} `) && /-j MASQUERADE\b/u.test(other));
  });
}

/** `nft list ruleset` text, as netavark's nftables driver writes it. */
function nftCovers(rules: string, subnet: string): boolean {
  const jump = new RegExp(`ip6? saddr ${regexpLiteral(subnet)} (?:.* )?jump (\\S+)`, "gu");
  for (const match of rules.matchAll(jump)) {
    const chain = match[1]!;
    const body = new RegExp(`chain ${regexpLiteral(chain)} \\{([^}]*)\\}`, "u").exec(rules)?.[1] ?? "";
    if (/\bmasquerade\b/u.test(body)) return true;
  }
  return false;
}

export function masqueradeCovers(rules: string, subnet: string): boolean {
  return iptablesCovers(rules, subnet) || nftCovers(rules, subnet);
}
