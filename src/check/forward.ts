/**
 * Does a firewall drop the podnet networks' forwarded traffic? netavark accepts its networks in
 * its own chains, but every base chain on the forward hook sees every packet: one whose policy is
 * drop (Docker's iptables FORWARD, NixOS's `filterForward`) drops them unless something reachable
 * from it accepts the subnet. This reads `nft list ruleset` (which also shows iptables-nft's
 * tables) and, for iptables-legacy, `iptables-save`/`ip6tables-save`.
 *
 * It is a reading aid, not a packet simulator: it follows jumps, gotos and verdict maps, and counts
 * a rule as accepting the subnet when it matches a source prefix that contains the subnet (or a
 * podman interface) and ends in accept, and a chain that leads to netavark's iptables
 * NETAVARK_FORWARD as accepting every podman network. Rule order and `return` are not modelled.
 */
import { contains, isIpv4CidrNotation, isIpv6CidrNotation, parseSubnet, type Subnet } from "../net/cidr.js";

interface Chain {
  hook?: string;
  policy?: string;
  readonly rules: string[];
}

interface Table {
  readonly family: string;
  readonly name: string;
  readonly chains: Map<string, Chain>;
}

/** `nft list ruleset` text → tables with their chains (sets and maps are skipped). */
export function parseNftRuleset(text: string): Table[] {
  const tables: Table[] = [];
  let table: Table | undefined;
  let chain: Chain | undefined;
  let skipDepth = 0;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (skipDepth > 0) {
      skipDepth += (line.match(/\{/gu) ?? []).length - (line.match(/\}/gu) ?? []).length;
      continue;
    }
    const tableHeader = /^table (\S+) (\S+) \{$/u.exec(line);
    if (tableHeader) {
      table = { family: tableHeader[1]!, name: tableHeader[2]!, chains: new Map() };
      tables.push(table);
      continue;
    }
    const chainHeader = /^chain (\S+) \{$/u.exec(line);
    if (chainHeader && table) {
      chain = { rules: [] };
      table.chains.set(chainHeader[1]!, chain);
      continue;
    }
    if (/^(set|map|flowtable|counter|quota|limit|ct helper|ct timeout|ct expectation|secmark|synproxy) .*\{$/u.test(line)) {
      skipDepth = 1;
      continue;
    }
    if (line === "}") {
      if (chain) chain = undefined;
      else table = undefined;
      continue;
    }
    if (!chain || !table || line === "") continue;
    const base = /type filter hook (\S+) .*policy (\S+);/u.exec(line);
    if (base) {
      chain.hook = base[1]!;
      chain.policy = base[2]!;
      continue;
    }
    chain.rules.push(line);
  }
  return tables;
}

/** `iptables-save -t filter` (or ip6tables-save) text → its filter table, in nft's words. */
export function parseIptablesSave(text: string, family: "ip" | "ip6"): Table[] {
  const chains = new Map<string, Chain>();
  let inFilter = false;
  for (const line of text.split("\n")) {
    if (line.startsWith("*")) inFilter = line === "*filter";
    if (!inFilter) continue;
    const declared = /^:(\S+) (\S+)/u.exec(line);
    if (declared) {
      const builtin = declared[2] !== "-";
      chains.set(declared[1]!, builtin ? { hook: declared[1]!.toLowerCase(), policy: declared[2]!.toLowerCase(), rules: [] } : { rules: [] });
      continue;
    }
    const rule = /^-A (\S+) (.*)$/u.exec(line);
    if (!rule) continue;
    // Translate the parts the analysis reads: source, input interface, verdict.
    const words = rule[2]!;
    const saddr = /(?:^| )-s (\S+)/u.exec(words)?.[1];
    const iif = /(?:^| )-i (\S+)/u.exec(words)?.[1];
    const target = /(?:^| )-[jg] (\S+)/u.exec(words)?.[1];
    const negated = /(?:^| )! -s /u.test(words);
    const verdict = target === "ACCEPT" ? "accept" : target === "DROP" ? "drop" : target === "RETURN" ? "return" : target ? `jump ${target}` : "";
    const parts = [saddr && !negated ? `${family} saddr ${saddr}` : "", iif ? `iifname "${iif.replace(/\+$/u, "*")}"` : "", /--ctstate|--state/u.test(words) ? "ct state" : "", verdict];
    chains.get(rule[1]!)?.rules.push(parts.filter(Boolean).join(" "));
  }
  return chains.size === 0 ? [] : [{ family, name: "filter", chains }];
}

export interface ForwardBlock {
  readonly table: string;
  readonly chain: string;
  /** Docker's chains are in the table: Docker set this policy. */
  readonly docker: boolean;
  /** The table is NixOS's firewall (networking.firewall.filterForward). */
  readonly nixos: boolean;
}

const familyOf = (subnet: Subnet) => (subnet.family === "ipv4" ? "ip" : "ip6");

/** Whether a rule accepts new traffic from `subnet` (a source prefix containing it, or a podman interface). */
function acceptsFrom(rule: string, subnet: Subnet): boolean {
  if (!/\baccept\b/u.test(rule) || /\bct state (established|related|established,related|related,established)\b/u.test(rule)) return false;
  if (/\biifname "?podman[*+]?"?/u.test(rule)) return true;
  for (const match of rule.matchAll(/\b(ip6?) saddr (\S+)/gu)) {
    if (match[1] !== familyOf(subnet)) continue;
    const prefix = match[2]!;
    const valid = subnet.family === "ipv4" ? isIpv4CidrNotation(prefix) : isIpv6CidrNotation(prefix);
    if (valid && contains(parseSubnet(prefix), subnet)) return true;
  }
  return false;
}

function reachable(table: Table, start: string): Chain[] {
  const seen = new Set<string>([start]);
  const queue = [start];
  const chains: Chain[] = [];
  while (queue.length > 0) {
    const chain = table.chains.get(queue.shift()!);
    if (!chain) continue;
    chains.push(chain);
    for (const rule of chain.rules) {
      for (const jump of rule.matchAll(/\b(?:jump|goto) ([^\s,}]+)/gu)) {
        if (!seen.has(jump[1]!)) {
          seen.add(jump[1]!);
          queue.push(jump[1]!);
        }
      }
    }
  }
  return chains;
}

/** Every forward-hook chain whose policy is drop and from which nothing accepts `subnet`. */
export function forwardBlocks(tables: ReadonlyArray<Table>, subnet: Subnet): ForwardBlock[] {
  const blocks: ForwardBlock[] = [];
  for (const table of tables) {
    if (table.family !== "inet" && table.family !== familyOf(subnet)) continue;
    for (const [name, chain] of table.chains) {
      if (chain.hook !== "forward" || chain.policy !== "drop") continue;
      const chains = reachable(table, name);
      if (chains.some((c) => c.rules.some((rule) => acceptsFrom(rule, subnet)))) continue;
      // netavark's iptables driver jumps from this chain to NETAVARK_FORWARD and accepts each
      // network there while containers are attached (its rules come and go with them).
      if (chains.some((c) => c === table.chains.get("NETAVARK_FORWARD"))) continue;
      blocks.push({
        table: `${table.family} ${table.name}`,
        chain: name,
        docker: table.chains.has("DOCKER-USER") || table.chains.has("DOCKER"),
        nixos: table.name === "nixos-fw",
      });
    }
  }
  return blocks;
}

/** Which firewall driver netavark's rules show: its own nftables table, or its iptables chains. */
export function netavarkDriverSeen(tables: ReadonlyArray<Table>): "nftables" | "iptables" | undefined {
  if (tables.some((table) => table.family === "inet" && table.name === "netavark")) return "nftables";
  if (tables.some((table) => [...table.chains.keys()].some((chain) => chain.startsWith("NETAVARK")))) return "iptables";
  return undefined;
}

/** What to tell the operator about a block, with the fix. */
export function explainBlock(block: ForwardBlock, subnet: Subnet): string {
  const where = `${block.table} chain ${block.chain} drops forwarded traffic by default and nothing in it accepts ${subnet.text}`;
  const tool = subnet.family === "ipv4" ? "iptables" : "ip6tables";
  if (block.docker) {
    return `${where}: Docker set that policy (its DOCKER-USER chain is there). The podnet module's podnet-docker-forward unit adds the accept rules to DOCKER-USER whenever Docker starts: deploy the current module with virtualisation.docker.enable, or \`systemctl restart podnet-docker-forward\`. By hand: \`${tool} -I DOCKER-USER -s ${subnet.text} -j ACCEPT\` and \`${tool} -I DOCKER-USER -d ${subnet.text} -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\``;
  }
  if (block.nixos) {
    return `${where}: NixOS's firewall filters forwarded traffic (networking.firewall.filterForward). The podnet module allows its networks' egress through networking.firewall.extraForwardRules: deploy the current module`;
  }
  return `${where}: a firewall filters forwarded traffic; allow new connections from ${subnet.text} (replies are usually accepted by a ct state rule)`;
}
