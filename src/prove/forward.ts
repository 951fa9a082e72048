/**
 * Does a firewall drop the podnet networks' forwarded traffic? netavark accepts its networks in
 * its own chains, but every base chain on the forward hook sees every packet: one that drops by
 * default (policy drop, or a final drop/reject: Docker's iptables FORWARD, NixOS's
 * `filterForward`, firewalld) drops them unless something reachable from it accepts their egress.
 * This reads `nft list ruleset` (which also shows iptables-nft's tables) and, for iptables-legacy,
 * `iptables-save`/`ip6tables-save`.
 *
 * It is a reading aid, not a packet simulator. It follows jumps, gotos and verdict maps, and counts
 * a rule as accepting a network's egress when its verdict is `accept` and every condition it has
 * holds for that egress: a source prefix or set containing the subnet, a podman bridge as input,
 * the uplink as output, IPv4/IPv6, new connections. A rule with any other condition (a port, a
 * destination, a protocol) accepts only part of it and does not count. A chain that leads to
 * netavark's iptables NETAVARK_FORWARD counts as accepting every podman network. Rule order and
 * `return` are not modelled.
 */
import { contains, parsePrefix, type Subnet } from "../compile/net/cidr.js";

interface Chain {
  hook?: string;
  policy?: string;
  readonly rules: string[];
}

interface Table {
  readonly family: string;
  readonly name: string;
  readonly chains: Map<string, Chain>;
  /** Named sets' elements, for `saddr @name` and `iifname @name`. */
  readonly sets: Map<string, string[]>;
}

const splitElements = (text: string): string[] =>
  text
    .split(",")
    .map((element) => element.trim().replace(/^"|"$/gu, ""))
    .filter(Boolean);

/** `nft list ruleset` text → tables with their chains and named sets. */
export function parseNftRuleset(text: string): Table[] {
  const tables: Table[] = [];
  let table: Table | undefined;
  let chain: Chain | undefined;
  let set: { name: string; elements: string } | undefined;
  let skipDepth = 0;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (set) {
      // Elements can span lines: collect everything between `elements = {` and the set's `}`.
      if (line === "}") {
        const elements = /elements = \{([\s\S]*)\}/u.exec(set.elements)?.[1] ?? "";
        table?.sets.set(set.name, splitElements(elements));
        set = undefined;
      } else {
        set.elements += ` ${line}`;
      }
      continue;
    }
    if (skipDepth > 0) {
      skipDepth += (line.match(/\{/gu) ?? []).length - (line.match(/\}/gu) ?? []).length;
      continue;
    }
    const tableHeader = /^table (\S+) (\S+) \{$/u.exec(line);
    if (tableHeader) {
      table = { family: tableHeader[1]!, name: tableHeader[2]!, chains: new Map(), sets: new Map() };
      tables.push(table);
      continue;
    }
    const chainHeader = /^chain (\S+) \{$/u.exec(line);
    if (chainHeader && table) {
      chain = { rules: [] };
      table.chains.set(chainHeader[1]!, chain);
      continue;
    }
    const setHeader = /^set (\S+) \{$/u.exec(line);
    if (setHeader && table) {
      set = { name: setHeader[1]!, elements: "" };
      continue;
    }
    if (/^(map|flowtable|counter|quota|limit|ct helper|ct timeout|ct expectation|secmark|synproxy) .*\{$/u.test(line)) {
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

/** `iptables-save` (or ip6tables-save) text → its filter table, in nft's words. */
export function parseIptablesSave(text: string, family: "ip" | "ip6"): Table[] {
  const chains = new Map<string, Chain>();
  let inFilter = false;
  for (const line of text.split("\n")) {
    if (line.startsWith("*")) inFilter = line === "*filter";
    if (!inFilter) continue;
    const declared = /^:(\S+) (\S+)/u.exec(line);
    if (declared) {
      const builtin = declared[2] !== "-";
      chains.set(
        declared[1]!,
        builtin ? { hook: declared[1]!.toLowerCase(), policy: declared[2]!.toLowerCase(), rules: [] } : { rules: [] },
      );
      continue;
    }
    const rule = /^-A (\S+) (.*)$/u.exec(line);
    if (!rule) continue;
    chains.get(rule[1]!)?.rules.push(translateIptablesRule(rule[2]!, family));
  }
  return chains.size === 0 ? [] : [{ family, name: "filter", chains, sets: new Map() }];
}

/** The parts of an iptables rule the analysis reads, written as nft would; anything else is `other`. */
function translateIptablesRule(words: string, family: "ip" | "ip6"): string {
  // Comments can hold anything, `-j DROP` included: drop them first.
  const text = words.replace(/-m comment --comment ("(?:[^"\\]|\\.)*"|\S+)/gu, "");
  const tokens = text.split(/\s+/u).filter(Boolean);
  const parts: string[] = [];
  let verdict = "";
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (token === "!") {
      parts.push("other");
      i++;
    } else if (token === "-s" && next) {
      parts.push(`${family} saddr ${next}`);
      i++;
    } else if (token === "-i" && next) {
      parts.push(`iifname "${next.replace(/\+$/u, "*")}"`);
      i++;
    } else if (token === "-o" && next) {
      parts.push(`oifname "${next.replace(/\+$/u, "*")}"`);
      i++;
    } else if ((token === "-j" || token === "-g") && next) {
      verdict =
        next === "ACCEPT"
          ? "accept"
          : next === "DROP"
            ? "drop"
            : next === "REJECT"
              ? "reject"
              : next === "RETURN"
                ? "return"
                : `jump ${next}`;
      i++;
    } else if (token === "-m" && (next === "conntrack" || next === "state")) {
      const states = tokens[i + 3];
      parts.push(states && /NEW/u.test(states) && !/ESTABLISHED|RELATED/u.test(states) ? "ct state new" : "ct state established,related");
      i += 3;
    } else if (token.startsWith("-")) {
      parts.push("other");
    }
  }
  return [...parts, verdict].filter(Boolean).join(" ");
}

export interface ForwardBlock {
  readonly table: string;
  readonly chain: string;
  /** Docker's chains are in the table: Docker set this policy. */
  readonly docker: boolean;
  /** The table is NixOS's firewall (networking.firewall.filterForward). */
  readonly nixos: boolean;
}

/** What a podnet network's egress looks like to a forward chain. */
export interface Egress {
  readonly subnet: Subnet;
  /** The interface the egress leaves by (the spec's uplink). */
  readonly uplink: string;
}

const familyOf = (subnet: Subnet) => (subnet.family === "ipv4" ? "ip" : "ip6");

/** A rule without its comment, counters and statement noise, as tokens. */
function tokensOf(rule: string): string[] {
  return rule
    .replace(/\bcomment "(?:[^"\\]|\\.)*"/gu, "")
    .replace(/\bcounter(?: packets \d+ bytes \d+)?/gu, "")
    .replace(/\blog(?: prefix "(?:[^"\\]|\\.)*")?(?: level \S+)?/gu, "")
    .split(/\s+/u)
    .filter(Boolean);
}

/** The values a match compares with: one word, an anonymous set `{ a, b }`, or a named set `@s`. */
function values(tokens: string[], start: number, table: Table): { values: string[]; next: number } {
  const first = tokens[start] ?? "";
  if (first.startsWith("@")) return { values: table.sets.get(first.slice(1)) ?? [], next: start + 1 };
  if (first === "{") {
    const end = tokens.indexOf("}", start);
    const inner = tokens.slice(start + 1, end < 0 ? tokens.length : end).join(" ");
    return { values: splitElements(inner), next: end < 0 ? tokens.length : end + 1 };
  }
  return { values: [first.replace(/^"|"$/gu, "")], next: start + 1 };
}

function globMatches(pattern: string, name: string): boolean {
  return pattern.endsWith("*") ? name.startsWith(pattern.slice(0, -1)) : pattern === name;
}

function coversSubnet(prefix: string, subnet: Subnet): boolean {
  // nft prints a single address without /prefix.
  const parsed = parsePrefix(prefix, subnet.family);
  return parsed.ok && contains(parsed.value, subnet);
}

/** Whether a rule accepts all of a network's new egress (its every condition holds for it). */
function acceptsEgress(rule: string, egress: Egress, table: Table): boolean {
  const tokens = tokensOf(rule);
  if (tokens.at(-1) !== "accept") return false;
  for (let i = 0; i < tokens.length - 1; ) {
    const token = tokens[i]!;
    if ((token === "ip" || token === "ip6") && tokens[i + 1] === "saddr") {
      const { values: prefixes, next } = values(tokens, i + 2, table);
      if (token !== familyOf(egress.subnet) || !prefixes.some((prefix) => coversSubnet(prefix, egress.subnet))) return false;
      i = next;
    } else if (token === "iifname" || token === "oifname") {
      const { values: names, next } = values(tokens, i + 1, table);
      // In: a podman bridge (podman0, podman1 …: a pattern or name of that family); out: the uplink.
      const holds =
        token === "iifname"
          ? names.some((pattern) => pattern.startsWith("podman"))
          : names.some((pattern) => globMatches(pattern, egress.uplink));
      if (!holds) return false;
      i = next;
    } else if (token === "meta" && tokens[i + 1] === "nfproto") {
      if (tokens[i + 2] !== (egress.subnet.family === "ipv4" ? "ipv4" : "ipv6")) return false;
      i += 3;
    } else if (token === "ct" && tokens[i + 1] === "state") {
      const { values: states, next } = values(tokens, i + 2, table);
      if (!states.includes("new")) return false;
      i = next;
    } else {
      // Any other condition (a port, a destination, a protocol, a mark): part of the egress only.
      return false;
    }
  }
  return true;
}

/** A chain drops by default: its policy, or a last rule that drops or rejects unconditionally. */
function dropsByDefault(chain: Chain): boolean {
  if (chain.policy === "drop") return true;
  const last = chain.rules.at(-1);
  if (last === undefined) return false;
  const tokens = tokensOf(last);
  return tokens.length > 0 && (tokens[0] === "drop" || tokens[0] === "reject");
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

/** Every forward-hook chain that drops by default and from which nothing accepts the egress. */
export function forwardBlocks(tables: ReadonlyArray<Table>, egress: Egress): ForwardBlock[] {
  const blocks: ForwardBlock[] = [];
  for (const table of tables) {
    if (table.family !== "inet" && table.family !== familyOf(egress.subnet)) continue;
    for (const [name, chain] of table.chains) {
      if (chain.hook !== "forward" || !dropsByDefault(chain)) continue;
      const chains = reachable(table, name);
      if (chains.some((c) => c.rules.some((rule) => acceptsEgress(rule, egress, table)))) continue;
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
export function explainBlock(block: ForwardBlock, egress: Egress): string {
  const { subnet, uplink } = egress;
  const where = `${block.table} chain ${block.chain} drops forwarded traffic by default and nothing in it accepts ${subnet.text}`;
  const tool = subnet.family === "ipv4" ? "iptables" : "ip6tables";
  if (block.docker) {
    return `${where}: Docker set that policy (its DOCKER-USER chain is there; Docker does so when it turns forwarding on itself). The podnet module's podnet-docker-forward unit adds the accept rules to DOCKER-USER whenever Docker starts: deploy the current module with virtualisation.docker.enable, or \`systemctl restart podnet-docker-forward\`. By hand: \`${tool} -I DOCKER-USER -i podman+ -o ${uplink} -s ${subnet.text} -j ACCEPT\` and \`${tool} -I DOCKER-USER -i ${uplink} -o podman+ -d ${subnet.text} -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\``;
  }
  if (block.nixos) {
    return `${where}: NixOS's firewall filters forwarded traffic (networking.firewall.filterForward). The podnet module allows its networks' egress through networking.firewall.extraForwardRules: deploy the current module`;
  }
  return `${where}: a firewall filters forwarded traffic; allow new connections from ${subnet.text} coming from the podman bridges and leaving by ${uplink} (replies are usually accepted by a ct state rule)`;
}
