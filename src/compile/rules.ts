/**
 * validate: the semantic rules, a catalogue. Each rule is declared once, with its id, severity,
 * one-line summary (the README's rule table is checked against it) and a check over the decoded,
 * already parsed spec. A check only reports where and what; the rule stamps id and severity.
 *
 * Findings of one rule are capped (`maxFindingsPerRule`, then one "and N more"), and every check is
 * at most O(n log n) in the size of the spec, so a hostile spec cannot make validation slow.
 */
import path from "node:path";
import type { CatalogueEntry, Diagnostic, Severity, SpecPath } from "./diagnostics.js";
import { type Address, addressText, contains, containsAddress, findOverlaps, overlaps, type Subnet, size, wellKnown } from "./net/cidr.js";
import { containerEntries, gatewayOf, ipv4Subnet, ipv6ConfKey, isIpv6Only } from "./network.js";
import { defaultPodmanVersion, dnsFlagSince, strictIsolateSince, versionAtLeast } from "./podman-version.js";
import type { Host, Network, Spec } from "./schema.js";

export interface RuleContext {
  /** Folder of the spec file; outputs are relative to it. */
  readonly specDir: string;
}

/** What a check reports: where (a spec path; `at: "key"` points at the key) and what to do. */
export interface Finding {
  readonly path: SpecPath;
  readonly message: string;
  readonly hint: string;
  readonly at?: "key";
}

/**
 * Where a check puts its findings: the first `maxFindingsPerRule` are kept, the rest only counted.
 * A check with many candidates asks `full` first and counts instead of building a message.
 */
export class Findings {
  readonly kept: Finding[] = [];
  more = 0;
  get full(): boolean {
    return this.kept.length >= maxFindingsPerRule;
  }
  push(finding: Finding): void {
    if (this.full) this.more++;
    else this.kept.push(finding);
  }
  /** One more finding that is not kept (the check saw `full` and skipped building it). */
  count(): void {
    this.more++;
  }
}

export interface Rule<Id extends string = string> extends CatalogueEntry {
  readonly id: Id;
  readonly check: (spec: Spec, context: RuleContext, found: Findings) => void;
}

const defineRule = <Id extends string>(rule: Rule<Id>): Rule<Id> => rule;

/** More findings of one rule than this add up to noise: the rest are counted, not listed. */
export const maxFindingsPerRule = 20;

interface NetworkEntry {
  readonly host: string;
  readonly name: string;
  readonly network: Network;
  readonly path: SpecPath;
}

const hostEntries = (spec: Spec) => Object.entries(spec.hosts) as Array<[string, Host]>;

function networkEntries(spec: Spec): NetworkEntry[] {
  return hostEntries(spec).flatMap(([host, config]) =>
    (Object.entries(config.networks) as Array<[string, Network]>).map(([name, network]) => ({
      host,
      name,
      network,
      path: ["hosts", host, "networks", name],
    })),
  );
}

type Report = (field: string | SpecPath | undefined, message: string, hint: string) => void;

/** A rule that looks at one network at a time; `field` undefined points at the network's key. */
function perNetwork<Id extends string>(
  id: Id,
  severity: Severity,
  summary: string,
  check: (entry: NetworkEntry, report: Report) => void,
): Rule<Id> {
  return defineRule({
    id,
    severity,
    summary,
    check: (spec, _context, found) => {
      for (const entry of networkEntries(spec)) {
        check(entry, (field, message, hint) =>
          found.push(
            field === undefined
              ? { path: entry.path, message, hint, at: "key" }
              : { path: [...entry.path, ...(typeof field === "string" ? [field] : field)], message, hint },
          ),
        );
      }
    },
  });
}

/** A rule that looks at one host at a time. */
function perHost<Id extends string>(
  id: Id,
  severity: Severity,
  summary: string,
  /** Returns its findings, or pushes them into `found` itself (and returns none) when there can be many. */
  check: (host: string, config: Host, base: SpecPath, found: Findings) => Finding[],
): Rule<Id> {
  return defineRule({
    id,
    severity,
    summary,
    check: (spec, _context, found) => {
      for (const [host, config] of hostEntries(spec))
        for (const finding of check(host, config, ["hosts", host], found)) found.push(finding);
    },
  });
}

// Names podman reads as a network *mode*: `--network=host` would put a container on the host's
// own stack instead of a bridge, silently. They can never be bridge network names.
const reservedNetworkNames = new Set(["host", "none", "bridge", "private", "podman", "slirp4netns", "pasta", "default"]);

/** Why an address cannot be handed out in `subnet` (undefined when it can). */
function unusableAddress(subnet: Subnet, address: Address, gateway: string | undefined): string | undefined {
  if (!containsAddress(subnet, address)) return `is outside ${subnet.text}`;
  if (address.value === subnet.first) return `is the network address of ${subnet.text}`;
  if (subnet.family === "ipv4" && address.value === subnet.last) return `is the broadcast address of ${subnet.text}`;
  if (gateway !== undefined && gateway === address.text) return `is the gateway of ${subnet.text}`;
  return undefined;
}

/** Why an address cannot serve as a resolver for aardvark-dns (undefined when it can). */
function unusableResolver(address: Address): string | undefined {
  const within = (subnet: Subnet) => containsAddress(subnet, address);
  if (within(wellKnown.unspecified4) || within(wellKnown.unspecified6)) return "is the unspecified address, not a server";
  if (within(wellKnown.multicast4) || within(wellKnown.multicast6)) return "is a multicast address, not a server";
  if (within(wellKnown.broadcast4)) return "is the broadcast address, not a server";
  if (within(wellKnown.linkLocal6))
    return "is an IPv6 link-local address, which needs an interface (zone) to be reached, and podman's --dns takes none";
  return undefined;
}

export const rules = [
  perNetwork("cidr-host-bits", "error", "A subnet must be written as its network address (no host bits set).", ({ network }, report) => {
    for (const family of ["ipv4", "ipv6"] as const) {
      const subnet = network[family];
      if (subnet?.hostBits) {
        report(
          family,
          `${subnet.written} has host bits set, so it names an address inside ${subnet.text}, not a subnet`,
          `did you mean ${subnet.text}?`,
        );
      }
    }
  }),

  perNetwork(
    "ipv6-not-ula",
    "error",
    "The IPv6 subnet must be a unique local prefix from fd00::/8 (fc00::/8 is reserved).",
    ({ network }, report) => {
      const subnet = network.ipv6;
      if (contains(wellKnown.ulaLocal, subnet)) return;
      const fresh = "run `podnet ula` for a fresh random prefix from fd00::/8";
      if (contains(wellKnown.ulaReserved, subnet)) {
        report(
          "ipv6",
          `${subnet.text} is in fc00::/8, which RFC 4193 reserves for a future central allocator`,
          `use a prefix from fd00::/8 instead; ${fresh}`,
        );
      } else {
        report(
          "ipv6",
          `${subnet.text} is not a unique local (ULA) prefix; NAT66 from a global or other prefix would leak or collide`,
          `use a prefix from fd00::/8; ${fresh}`,
        );
      }
    },
  ),

  perNetwork("ipv6-prefix-length", "error", "The IPv6 subnet must be exactly a /64.", ({ network }, report) => {
    const subnet = network.ipv6;
    if (subnet.prefix !== 64) {
      report(
        "ipv6",
        `${subnet.written} is a /${subnet.prefix}; podnet networks use exactly one /64`,
        `use a /64, e.g. ${addressText("ipv6", subnet.first)}/64`,
      );
    }
  }),

  perNetwork("ipv4-not-private", "error", "The IPv4 subnet must lie inside RFC 1918 private space.", ({ network }, report) => {
    const subnet = ipv4Subnet(network);
    if (subnet && !wellKnown.rfc1918.some((range) => contains(range, subnet))) {
      report(
        "ipv4",
        `${subnet.text} is not inside RFC 1918 private space (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16)`,
        "pick a private subnet, e.g. 172.20.0.0/24 or 192.168.89.0/24",
      );
    }
  }),

  perNetwork(
    "ipv4-podman-default",
    "error",
    "The IPv4 subnet must not overlap podman's default network 10.88.0.0/16.",
    ({ network }, report) => {
      const subnet = ipv4Subnet(network);
      if (subnet && overlaps(subnet, wellKnown.podmanDefault)) {
        report(
          "ipv4",
          `${subnet.text} overlaps podman's default network 10.88.0.0/16, which the untouched containers use`,
          "pick a subnet outside 10.88.0.0/16, e.g. 172.20.0.0/24",
        );
      }
    },
  ),

  perNetwork("ipv4-too-small", "error", "The IPv4 subnet must leave room for the gateway and every container.", ({ network }, report) => {
    const subnet = ipv4Subnet(network);
    if (!subnet) return;
    const usable = subnet.prefix >= 31 ? 0n : size(subnet) - 2n;
    const needed = 1n + BigInt(Math.max(1, containerEntries(network).length));
    if (usable < needed) {
      report(
        "ipv4",
        `${subnet.text} has ${usable} usable addresses but needs ${needed} (gateway + ${needed - 1n} container${needed === 2n ? "" : "s"})`,
        `use a larger subnet, e.g. /${Math.min(29, subnet.prefix - 1)} or /24`,
      );
    }
  }),

  perNetwork(
    "ipv4-podman-pool",
    "warning",
    "Warns when the IPv4 subnet lies in podman's automatic subnet pool (10.89.0.0–10.255.255.0).",
    ({ network }, report) => {
      const subnet = ipv4Subnet(network);
      if (subnet && contains(wellKnown.podmanPool, subnet)) {
        report(
          "ipv4",
          `${subnet.text} lies in podman's automatic subnet pool: a network created without --subnet (compose, by hand) may take it first, and then creating this network fails with "subnet already used"`,
          "prefer a subnet in 172.16.0.0/12 or 192.168.0.0/16, or make sure this network is created before anything else asks podman for a subnet",
        );
      }
    },
  ),

  perNetwork(
    "network-name-reserved",
    "error",
    "A network must not be named like a podman network mode (host, none, bridge, podman …).",
    ({ name }, report) => {
      if (reservedNetworkNames.has(name.toLowerCase())) {
        report(
          undefined,
          `"${name}" is a podman network mode or its default network, so --network=${name} would not join a bridge called ${name}`,
          "choose another name, e.g. v6egress",
        );
      }
    },
  ),

  perNetwork("container-duplicate", "error", "A container is listed once per network.", ({ network, name }, report) => {
    const seen = new Set<string>();
    for (const { name: container, key } of containerEntries(network)) {
      if (seen.has(container))
        report(["containers", key], `container "${container}" is listed twice in ${name}`, "remove the second entry");
      seen.add(container);
    }
  }),

  perNetwork(
    "mode-subnets",
    "error",
    "A dual-stack network needs an ipv4 subnet; an ipv6-only network must not have one.",
    ({ network, name }, report) => {
      if (isIpv6Only(network) && network.ipv4 !== undefined) {
        report(
          "ipv4",
          `network ${name} is ipv6-only but has an ipv4 subnet`,
          "remove `ipv4`, or drop `mode: ipv6-only` to make it dual-stack",
        );
      }
      if (!isIpv6Only(network) && network.ipv4 === undefined) {
        report(
          undefined,
          `network ${name} is dual-stack (the default) but has no ipv4 subnet`,
          "add `ipv4: <private /24>`, or set `mode: ipv6-only`",
        );
      }
    },
  ),

  perNetwork("gateway-address", "error", "A custom gateway must be a usable address inside its subnet.", ({ network }, report) => {
    const subnets = { ipv4: ipv4Subnet(network), ipv6: network.ipv6 };
    for (const family of ["ipv4", "ipv6"] as const) {
      const gateway = network.gateway?.[family];
      const subnet = subnets[family];
      if (gateway === undefined) continue;
      if (!subnet) {
        report(["gateway", family], `an ${family} gateway is given but the network has no ${family} subnet`, `remove gateway.${family}`);
        continue;
      }
      const problem = gateway.family === family ? unusableAddress(subnet, gateway, undefined) : `is not an ${family} address`;
      if (problem)
        report(
          ["gateway", family],
          `gateway ${gateway.written} ${problem}`,
          `use a host address inside ${subnet.text}, e.g. ${addressText(family, subnet.first + 1n)}`,
        );
    }
  }),

  perNetwork(
    "static-address",
    "error",
    "A static container address lies inside the subnet, is not its network, broadcast or gateway address, and is unique in the network.",
    ({ network, name }, report) => {
      const subnets = { ipv4: ipv4Subnet(network), ipv6: network.ipv6 };
      const taken = new Map<string, string>();
      for (const entry of containerEntries(network)) {
        for (const family of ["ipv4", "ipv6"] as const) {
          const address = entry[family];
          if (address === undefined) continue;
          const subnet = subnets[family];
          const where = `containers.${entry.name}.${family}`;
          const at = ["containers", entry.key, family];
          if (!subnet) {
            report(at, `${where}: the network has no ${family} subnet`, `remove ${family} from ${entry.name}`);
            continue;
          }
          const problem = unusableAddress(subnet, address, gatewayOf(subnet, network.gateway?.[family]));
          if (problem) {
            report(
              at,
              `${where} ${address.written} ${problem}`,
              `pick a free host address inside ${subnet.text}, e.g. ${addressText(family, subnet.first + 10n)}`,
            );
            continue;
          }
          const holder = taken.get(address.text);
          if (holder !== undefined)
            report(at, `${where} ${address.written} is also ${holder}'s address in ${name}`, "give each container its own address");
          taken.set(address.text, entry.name);
        }
      }
    },
  ),

  perNetwork(
    "dns-server-unusable",
    "error",
    "A dns server must be an address aardvark-dns can forward to: not unspecified, multicast, broadcast or IPv6 link-local.",
    ({ network }, report) => {
      (network.dns ?? []).forEach((server, index) => {
        const problem = unusableResolver(server);
        if (problem) report(["dns", index], `${server.written} ${problem}`, "give the address of a resolver, e.g. 9.9.9.9 or 2620:fe::fe");
      });
    },
  ),

  perHost(
    "podman-version-feature",
    "error",
    "A feature the host's podman is too old for (dns needs 4.4, isolate: strict 4.6) is refused.",
    (_host, config, base) => {
      const version = config.podman?.version ?? defaultPodmanVersion;
      return (Object.entries(config.networks) as Array<[string, Network]>).flatMap(([name, network]) => [
        // An empty list asks podman for nothing: no --dns flag is emitted.
        ...((network.dns?.length ?? 0) > 0 && !versionAtLeast(version, dnsFlagSince)
          ? [
              {
                path: [...base, "networks", name, "dns"],
                message: `dns servers need \`podman network create --dns\` (podman 4.4 and later), but this host runs podman ${version.written}`,
                hint: "remove dns (containers then use aardvark-dns with the host's resolvers), or raise podman.version if the host is newer",
              },
            ]
          : []),
        ...(network.isolate === "strict" && !versionAtLeast(version, strictIsolateSince)
          ? [
              {
                path: [...base, "networks", name, "isolate"],
                message: `isolate: strict needs netavark 1.7 (podman 4.6 and later), but this host runs podman ${version.written}`,
                hint: "use isolate: true (blocks traffic between isolated networks only), or raise podman.version if the host is newer",
              },
            ]
          : []),
      ]);
    },
  ),

  perHost("subnet-overlap", "error", "No two networks on one host may overlap, in either family.", (_host, config, base) => {
    const subnets = (Object.entries(config.networks) as Array<[string, Network]>).flatMap(([name, network]) => {
      const ipv4 = ipv4Subnet(network);
      return [...(ipv4 ? [{ name, family: "ipv4" as const, subnet: ipv4 }] : []), { name, family: "ipv6" as const, subnet: network.ipv6 }];
    });
    return findOverlaps(subnets, (item) => item.subnet).map(([a, b]) => ({
      path: [...base, "networks", b.name, b.family],
      message: `${b.subnet.text} (network ${b.name}) overlaps ${a.subnet.text} (network ${a.name})`,
      hint: `give ${b.name} a ${b.family} subnet that does not overlap ${a.subnet.text}`,
    }));
  }),

  perHost(
    "uplink-prefix-length",
    "error",
    "The uplink address's prefix length is one an interface can have (/16 to /128), and the address is not the prefix's own subnet-router anycast address.",
    (_host, config, base) => {
      const { address, prefix, subnet } = config.uplink.ipv6.address;
      const at = [...base, "uplink", "ipv6", "address"];
      if (prefix < 16) {
        return [
          {
            path: at,
            message: `/${prefix} would make everything within ${subnet.text} on-link for the uplink; no interface prefix is that large`,
            hint: "write the prefix length `ip -6 addr show dev <uplink>` shows, usually /64 (or /128 for a single address)",
          },
        ];
      }
      if (prefix < 127 && address.value === subnet.first) {
        return [
          {
            path: at,
            message: `${address.text} is the subnet-router anycast address of ${subnet.text}, not a host's address`,
            hint: "write the host's own address in that prefix, e.g. the ::1 one",
          },
        ];
      }
      return [];
    },
  ),

  perHost(
    "uplink-not-global",
    "error",
    "The uplink address must be a global unicast IPv6 address (2000::/3); the NAT66 source is this address.",
    (_host, config, base) => {
      const { address } = config.uplink.ipv6.address;
      if (containsAddress(wellKnown.globalUnicast, address)) return [];
      return [
        {
          path: [...base, "uplink", "ipv6", "address"],
          message: `${address.text} is not a global unicast address, so NAT66 to it cannot reach the IPv6 internet`,
          hint: "give the host's global address (2000::/3) from `ip -6 addr show scope global`",
        },
      ];
    },
  ),

  perHost(
    "uplink-documentation-prefix",
    "warning",
    "Warns when the uplink address is in the documentation prefix 2001:db8::/32.",
    (_host, config, base) => {
      const { address } = config.uplink.ipv6.address;
      if (!containsAddress(wellKnown.documentation, address)) return [];
      return [
        {
          path: [...base, "uplink", "ipv6", "address"],
          message: `${address.text} is in 2001:db8::/32, the documentation prefix; it is never routed on the internet`,
          hint: "use the host's real global address unless this spec is for a lab or test",
        },
      ];
    },
  ),

  perHost(
    "uplink-slaac-accept-ra",
    "info",
    "With SLAAC addressing podnet sets accept_ra = 2 on the uplink, because forwarding makes Linux ignore router advertisements otherwise.",
    (_host, config, base) =>
      config.uplink.ipv6.addressing !== "slaac"
        ? []
        : [
            {
              path: [...base, "uplink", "ipv6", "addressing"],
              message: `${ipv6ConfKey(config.uplink.interface, "accept_ra")} will be set to 2 (or, under systemd-networkd, IPv6AcceptRA is required): with forwarding on, Linux ignores router advertisements at accept_ra = 1 and the host would lose its SLAAC address and default route`,
              hint: "nothing to do; set `addressing: static` if the address is configured statically",
            },
          ],
  ),

  perHost(
    "container-opt-in-and-untouched",
    "error",
    "A container cannot both join a podnet network and be listed as untouched.",
    (_host, config, base, found) => {
      const untouched = new Set<string>(config.untouched ?? []);
      for (const [name, network] of Object.entries(config.networks) as Array<[string, Network]>) {
        for (const { name: container, key } of containerEntries(network)) {
          if (!untouched.has(container)) continue;
          if (found.full) found.count();
          else
            found.push({
              path: [...base, "networks", name, "containers", key],
              message: `container "${container}" joins ${name} but is also listed in untouched`,
              hint: `remove "${container}" from untouched, or from ${name}'s containers`,
            });
        }
      }
      return [];
    },
  ),

  perHost("container-in-two-networks", "error", "A container joins at most one podnet network.", (_host, config, base, found) => {
    const firstNetwork = new Map<string, string>();
    for (const [name, network] of Object.entries(config.networks) as Array<[string, Network]>) {
      for (const { name: container, key } of containerEntries(network)) {
        const earlier = firstNetwork.get(container);
        if (earlier === undefined || earlier === name) {
          firstNetwork.set(container, name);
        } else if (found.full) {
          found.count();
        } else {
          found.push({
            path: [...base, "networks", name, "containers", key],
            message: `container "${container}" already joins ${earlier}; podnet attaches a container to one network`,
            hint: `keep "${container}" in one network's containers list`,
          });
        }
      }
    }
    return [];
  }),

  defineRule({
    id: "no-hosts",
    severity: "warning",
    summary: "Warns when the spec names no host, so generate writes nothing.",
    check: (spec, _context, found) => {
      if (hostEntries(spec).length === 0)
        found.push({
          path: ["hosts"],
          message: "the spec names no host, so `podnet generate` writes nothing",
          hint: "add a host under `hosts:` (`podnet init` writes a starter spec)",
        });
    },
  }),

  defineRule({
    id: "output-collision",
    severity: "error",
    summary: "Two hosts cannot write the same output file, nor one inside the other's.",
    check: (spec, context, found) => {
      const owner = new Map<string, { host: string; output: string }>();
      const placed: Array<{ host: string; output: string; resolved: string }> = [];
      for (const [host, config] of hostEntries(spec)) {
        const resolved = path.resolve(context.specDir, config.output);
        const first = owner.get(resolved)?.host;
        if (first !== undefined) {
          found.push({
            path: ["hosts", host, "output"],
            message: `${config.output} is also the output of host ${first}; one would overwrite the other`,
            hint: outputCollisionHint(host),
          });
        } else {
          owner.set(resolved, { host, output: config.output });
          placed.push({ host, output: config.output, resolved });
        }
      }
      // As written (placing the outputs follows symlinks too): a file cannot be another's folder.
      for (const { host, output, resolved } of placed) {
        for (let folder = path.dirname(resolved); folder.length > context.specDir.length; folder = path.dirname(folder)) {
          const other = owner.get(folder);
          if (other === undefined) continue;
          found.push({
            path: ["hosts", host, "output"],
            message: `${output} would be inside host ${other.host}'s output ${other.output}, which is a file`,
            hint: outputCollisionHint(host),
          });
          break;
        }
      }
    },
  }),
] as const;

/**
 * How to fix two hosts' outputs that are one file: the same advice whether the spec names one
 * file twice or a symlink makes two names one file (found when outputs are placed, src/emit/).
 */
export function outputCollisionHint(host: string): string {
  return `give ${host} its own file, e.g. hosts/${host}/podnet.nix`;
}

/** Every rule's findings as diagnostics, at most `maxFindingsPerRule` each plus one that counts the rest. */
export function validate(spec: Spec, context: RuleContext): Diagnostic[] {
  return rules.flatMap((rule) => {
    const found = new Findings();
    rule.check(spec, context, found);
    const shown: Diagnostic[] = found.kept.map((finding) => ({ rule: rule.id, severity: rule.severity, ...finding }));
    if (found.more === 0) return shown;
    const last = found.kept.at(-1)!;
    return [
      ...shown,
      {
        rule: rule.id,
        severity: rule.severity,
        path: last.path,
        ...(last.at ? { at: last.at } : {}),
        message: `and ${found.more} more like the above (${rule.summary.replace(/\.$/u, "").toLowerCase()})`,
        hint: `fix the ones above first; podnet lists at most ${maxFindingsPerRule} findings of one rule`,
      },
    ];
  });
}
