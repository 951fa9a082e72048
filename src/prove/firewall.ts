/**
 * The live packet filter, read once for every criterion that needs it: the NAT rules (where
 * netavark's masquerade lives) and the filter tables (what drops forwarded traffic). nft shows
 * nftables and iptables-nft alike; iptables-save is added only where it runs the legacy backend,
 * whose rules nft cannot see.
 */
import { runTool } from "./exec.js";
import { parseIptablesSave, parseNftRuleset } from "./forward.js";

export interface LiveFirewall {
  /** NAT rules as text (iptables-save and nft), for masquerade coverage; undefined when no tool can read them. */
  readonly natText?: string;
  readonly tables: ReturnType<typeof parseNftRuleset>;
}

export async function readFirewall(): Promise<LiveFirewall> {
  const natParts: string[] = [];
  const tables: ReturnType<typeof parseNftRuleset> = [];
  const nft = await runTool("nft", ["list", "ruleset"]);
  if (!nft.missing && nft.exitCode === 0) {
    natParts.push(nft.stdout);
    tables.push(...parseNftRuleset(nft.stdout));
  }
  for (const [command, family] of [
    ["iptables-save", "ip"],
    ["ip6tables-save", "ip6"],
  ] as const) {
    const saved = await runTool(command, []);
    if (saved.missing || saved.exitCode !== 0) continue;
    natParts.push(saved.stdout);
    if (/\(legacy\)/u.test(saved.stdout) || nft.missing || nft.exitCode !== 0) tables.push(...parseIptablesSave(saved.stdout, family));
  }
  return { ...(natParts.length === 0 ? {} : { natText: natParts.join("\n") }), tables };
}
