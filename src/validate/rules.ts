/**
 * validate: the semantic rules, each a small pure function over the decoded spec.
 * The catalogue (`rules`) is also what the README's rule table is checked against.
 */
import path from "node:path";
import type { Diagnostic, Severity, SpecPath } from "../diagnostics.js";
import {
  addressText,
  contains,
  containsAddress,
  findOverlaps,
  hasHostBits,
  overlaps,
  parseAddress,
  parseSubnet,
  size,
  wellKnown,
  type Address,
  type Subnet,
} from "../net/cidr.js";
import type { Host, Network, Spec } from "../spec/schema.js";
import { containerEntries, gatewayOf, ipv4Subnet, ipv6Subnet, isIpv6Only } from "../spec/network.js";

export interface RuleContext {
  /** Folder of the spec file; outputs are relative to it. */
  readonly specDir: string;
}

export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  /** One line for the README catalogue. */
  readonly summary: string;
  readonly check: (spec: Spec, context: RuleContext) => Diagnostic[];
}

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

function finding(rule: Pick<Rule, "id" | "severity">, path: SpecPath, message: string, hint: string, at?: "key"): Diagnostic {
  return { rule: rule.id, severity: rule.severity, message, hint, path, ...(at ? { at } : {}) };
}

/** A rule that looks at one network at a time. */
function perNetwork(
  id: string,
  severity: Severity,
  summary: string,
  check: (entry: NetworkEntry, report: (field: string | SpecPath | undefined, message: string, hint: string) => void) => void,
): Rule {
  const rule = { id, severity, summary } as const;
  return {
    ...rule,
    check: (spec) => {
      const found: Diagnostic[] = [];
      for (const entry of networkEntries(spec)) {
        check(entry, (field, message, hint) =>
          found.push(finding(rule, field === undefined ? entry.path : [...entry.path, ...(typeof field === "string" ? [field] : field)], message, hint, field === undefined ? "key" : undefined)),
        );
      }
      return found;
    },
  };
}

/** The uplink's own address, without its prefix length. */
const uplinkAddress = (host: Host): Address => parseAddress(host.uplink.ipv6.address.split("/")[0]!);

/** Compares dotted versions numerically: "4.10" is newer than "4.4". */
export function versionAtLeast(version: string, minimum: string): boolean {
  const have = version.split(".").map(Number);
  const need = minimum.split(".").map(Number);
  for (let i = 0; i < Math.max(have.length, need.length); i++) {
    const a = have[i] ?? 0;
    const b = need[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

/** podman version assumed when the spec does not say: podman 5, as NixOS 25.05 and 25.11 ship. */
export const defaultPodmanVersion = "5.0";

// Names podman reads as a network *mode*: `--network=host` would put a container on the host's
// own stack instead of a bridge, silently. They can never be bridge network names.
const reservedNetworkNames = new Set(["host", "none", "bridge", "private", "podman", "slirp4netns", "pasta", "default"]);

export const rules: ReadonlyArray<Rule> = [
  perNetwork("cidr-host-bits", "error", "A subnet must be written as its network address (no host bits set).", ({ network }, report) => {
    for (const family of ["ipv4", "ipv6"] as const) {
      const text = network[family];
      if (text !== undefined && hasHostBits(text)) {
        const canonical = parseSubnet(text).text;
        report(family, `${text} has host bits set, so it names an address inside ${canonical}, not a subnet`, `did you mean ${canonical}?`);
      }
    }
  }),

  perNetwork("ipv6-not-ula", "error", "The IPv6 subnet must be a unique local prefix from fd00::/8 (fc00::/8 is reserved).", ({ network }, report) => {
    const subnet = parseSubnet(network.ipv6);
    if (contains(wellKnown.ulaLocal, subnet)) return;
    const fresh = "run `podnet ula` for a fresh random prefix from fd00::/8";
    if (contains(wellKnown.ulaReserved, subnet)) {
      report("ipv6", `${subnet.text} is in fc00::/8, which RFC 4193 reserves for a future central allocator`, `use a prefix from fd00::/8 instead; ${fresh}`);
    } else {
      report("ipv6", `${subnet.text} is not a unique local (ULA) prefix; NAT66 from a global or other prefix would leak or collide`, `use a prefix from fd00::/8; ${fresh}`);
    }
  }),

  perNetwork("ipv6-prefix-length", "error", "The IPv6 subnet must be exactly a /64.", ({ network }, report) => {
    const subnet = parseSubnet(network.ipv6);
    if (subnet.prefix !== 64) {
      report("ipv6", `${network.ipv6} is a /${subnet.prefix}; podnet networks use exactly one /64`, `use a /64, e.g. ${addressText("ipv6", subnet.first)}/64`);
    }
  }),

  perNetwork("ipv4-not-private", "error", "The IPv4 subnet must lie inside RFC 1918 private space.", ({ network }, report) => {
    const subnet = ipv4Subnet(network);
    if (subnet && !wellKnown.rfc1918.some((range) => contains(range, subnet))) {
      report("ipv4", `${subnet.text} is not inside RFC 1918 private space (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16)`, "pick a private subnet, e.g. 172.20.0.0/24 or 192.168.89.0/24");
    }
  }),

  perNetwork("ipv4-podman-default", "error", "The IPv4 subnet must not overlap podman's default network 10.88.0.0/16.", ({ network }, report) => {
    const subnet = ipv4Subnet(network);
    if (subnet && overlaps(subnet, wellKnown.podmanDefault)) {
      report("ipv4", `${subnet.text} overlaps podman's default network 10.88.0.0/16, which the untouched containers use`, "pick a subnet outside 10.88.0.0/16, e.g. 172.20.0.0/24");
    }
  }),

  perNetwork("ipv4-too-small", "error", "The IPv4 subnet must leave room for the gateway and every container.", ({ network }, report) => {
    const subnet = ipv4Subnet(network);
    if (!subnet) return;
    const usable = subnet.prefix >= 31 ? 0n : size(subnet) - 2n;
    const needed = 1n + BigInt(Math.max(1, containerEntries(network).length));
    if (usable < needed) {
      report("ipv4", `${subnet.text} has ${usable} usable addresses but needs ${needed} (gateway + ${needed - 1n} container${needed === 2n ? "" : "s"})`, `use a larger subnet, e.g. /${Math.min(29, subnet.prefix - 1)} or /24`);
    }
  }),

  perNetwork("ipv4-podman-pool", "warning", "Warns when the IPv4 subnet lies in podman's automatic subnet pool (10.89.0.0–10.255.255.0).", ({ network }, report) => {
    const subnet = ipv4Subnet(network);
    if (subnet && contains(wellKnown.podmanPool, subnet)) {
      report(
        "ipv4",
        `${subnet.text} lies in podman's automatic subnet pool: a network created without --subnet (compose, by hand) may take it first, and then creating this network fails with "subnet already used"`,
        "prefer a subnet in 172.16.0.0/12 or 192.168.0.0/16, or make sure this network is created before anything else asks podman for a subnet",
      );
    }
  }),

  perNetwork("network-name-reserved", "error", "A network must not be named like a podman network mode (host, none, bridge, podman …).", ({ name }, report) => {
    if (reservedNetworkNames.has(name.toLowerCase())) {
      report(undefined, `"${name}" is a podman network mode or its default network, so --network=${name} would not join a bridge called ${name}`, "choose another name, e.g. v6egress");
    }
  }),

  perNetwork("container-duplicate", "error", "A container is listed once per network.", ({ network, path: networkPath }, report) => {
    const seen = new Set<string>();
    for (const { name } of containerEntries(network)) {
      if (seen.has(name)) report("containers", `container "${name}" is listed twice in ${String(networkPath[3])}`, "remove the second entry");
      seen.add(name);
    }
  }),

  perNetwork("mode-subnets", "error", "A dual-stack network needs an ipv4 subnet; an ipv6-only network must not have one.", ({ network, name }, report) => {
    if (isIpv6Only(network) && network.ipv4 !== undefined) {
      report("ipv4", `network ${name} is ipv6-only but has an ipv4 subnet`, "remove `ipv4`, or drop `mode: ipv6-only` to make it dual-stack");
    }
    if (!isIpv6Only(network) && network.ipv4 === undefined) {
      report(undefined, `network ${name} is dual-stack (the default) but has no ipv4 subnet`, "add `ipv4: <private /24>`, or set `mode: ipv6-only`");
    }
  }),

  perNetwork("gateway-address", "error", "A custom gateway must be a usable address inside its subnet.", ({ network }, report) => {
    const subnets = { ipv4: ipv4Subnet(network), ipv6: ipv6Subnet(network) };
    for (const family of ["ipv4", "ipv6"] as const) {
      const text = network.gateway?.[family];
      const subnet = subnets[family];
      if (text === undefined) continue;
      if (!subnet) {
        report(["gateway", family], `an ${family} gateway is given but the network has no ${family} subnet`, `remove gateway.${family}`);
        continue;
      }
      const problem = unusableAddress(subnet, parseAddress(text), undefined);
      if (problem) report(["gateway", family], `gateway ${text} ${problem}`, `use a host address inside ${subnet.text}, e.g. ${addressText(family, subnet.first + 1n)}`);
    }
  }),

  perNetwork("static-address", "error", "A static container address lies inside the subnet, is not its network, broadcast or gateway address, and is unique in the network.", ({ network, path: networkPath }, report) => {
    const subnets = { ipv4: ipv4Subnet(network), ipv6: ipv6Subnet(network) };
    const taken = new Map<string, string>();
    for (const entry of containerEntries(network)) {
      for (const family of ["ipv4", "ipv6"] as const) {
        const text = entry[family];
        if (text === undefined) continue;
        const subnet = subnets[family];
        const where = `containers.${entry.name}.${family}`;
        const at = ["containers", entry.key, family];
        if (!subnet) {
          report(at, `${where}: the network has no ${family} subnet`, `remove ${family} from ${entry.name}`);
          continue;
        }
        const address = parseAddress(text);
        const problem = unusableAddress(subnet, address, gatewayOf(subnet, network.gateway?.[family]));
        if (problem) {
          report(at, `${where} ${text} ${problem}`, `pick a free host address inside ${subnet.text}, e.g. ${addressText(family, subnet.first + 10n)}`);
          continue;
        }
        const key = `${family}:${address.value}`;
        const holder = taken.get(key);
        if (holder !== undefined) report(at, `${where} ${text} is also ${holder}'s address in ${String(networkPath[3])}`, "give each container its own address");
        taken.set(key, entry.name);
      }
    }
  }),

  {
    id: "podman-version-feature",
    severity: "error",
    summary: "A feature the host's podman is too old for (dns needs 4.4, isolate: strict 4.6) is refused.",
    check: (spec) =>
      hostEntries(spec).flatMap(([host, config]) => {
        const version = config.podman?.version ?? defaultPodmanVersion;
        const rule = { id: "podman-version-feature", severity: "error" } as const;
        return (Object.entries(config.networks) as Array<[string, Network]>).flatMap(([name, network]) => [
          ...(network.dns !== undefined && !versionAtLeast(version, "4.4")
            ? [finding(rule, ["hosts", host, "networks", name, "dns"], `dns servers need \`podman network create --dns\` (podman 4.4 and later), but this host runs podman ${version}`, "remove dns (containers then use aardvark-dns with the host's resolvers), or raise podman.version if the host is newer")]
            : []),
          ...(network.isolate === "strict" && !versionAtLeast(version, "4.6")
            ? [finding(rule, ["hosts", host, "networks", name, "isolate"], `isolate: strict needs netavark 1.7 (podman 4.6 and later), but this host runs podman ${version}`, "use isolate: true (blocks traffic between isolated networks only), or raise podman.version if the host is newer")]
            : []),
        ]);
      }),
  },

  {
    id: "subnet-overlap",
    severity: "error",
    summary: "No two networks on one host may overlap, in either family.",
    check: (spec) => {
      const found: Diagnostic[] = [];
      for (const [host, config] of hostEntries(spec)) {
        const subnets = (Object.entries(config.networks) as Array<[string, Network]>).flatMap(([name, network]) => {
          const ipv4 = ipv4Subnet(network);
          return [
            ...(ipv4 ? [{ name, family: "ipv4" as const, subnet: ipv4 }] : []),
            { name, family: "ipv6" as const, subnet: ipv6Subnet(network) },
          ];
        });
        for (const [a, b] of findOverlaps(subnets, (item) => item.subnet)) {
          found.push(
            finding({ id: "subnet-overlap", severity: "error" }, ["hosts", host, "networks", b.name, b.family], `${b.subnet.text} (network ${b.name}) overlaps ${a.subnet.text} (network ${a.name})`, `give ${b.name} a ${b.family} subnet that does not overlap ${a.subnet.text}`),
          );
        }
      }
      return found;
    },
  },

  {
    id: "uplink-not-global",
    severity: "error",
    summary: "The uplink address must be a global unicast IPv6 address (2000::/3); the NAT66 source is this address.",
    check: (spec) =>
      hostEntries(spec).flatMap(([host, config]) => {
        const hostAddress = uplinkAddress(config);
        if (containsAddress(wellKnown.globalUnicast, hostAddress)) return [];
        return [
          finding({ id: "uplink-not-global", severity: "error" }, ["hosts", host, "uplink", "ipv6", "address"], `${hostAddress.text} is not a global unicast address, so NAT66 to it cannot reach the IPv6 internet`, "give the host's global address (2000::/3) from `ip -6 addr show scope global`"),
        ];
      }),
  },

  {
    id: "uplink-documentation-prefix",
    severity: "warning",
    summary: "Warns when the uplink address is in the documentation prefix 2001:db8::/32.",
    check: (spec) =>
      hostEntries(spec).flatMap(([host, config]) => {
        const hostAddress = uplinkAddress(config);
        if (!containsAddress(wellKnown.documentation, hostAddress)) return [];
        return [
          finding({ id: "uplink-documentation-prefix", severity: "warning" }, ["hosts", host, "uplink", "ipv6", "address"], `${hostAddress.text} is in 2001:db8::/32, the documentation prefix; it is never routed on the internet`, "use the host's real global address unless this spec is for a lab or test"),
        ];
      }),
  },

  {
    id: "uplink-slaac-accept-ra",
    severity: "info",
    summary: "With SLAAC addressing podnet sets accept_ra = 2 on the uplink, because forwarding makes Linux ignore router advertisements otherwise.",
    check: (spec) =>
      hostEntries(spec).flatMap(([host, config]) =>
        config.uplink.ipv6.addressing !== "slaac"
          ? []
          : [
              finding({ id: "uplink-slaac-accept-ra", severity: "info" }, ["hosts", host, "uplink", "ipv6", "addressing"], `net.ipv6.conf.${config.uplink.interface}.accept_ra will be set to 2: with forwarding on, Linux ignores router advertisements at accept_ra = 1 and the host would lose its SLAAC address and default route`, "nothing to do; set `addressing: static` if the address is configured statically"),
            ],
      ),
  },

  {
    id: "container-opt-in-and-untouched",
    severity: "error",
    summary: "A container cannot both join a podnet network and be listed as untouched.",
    check: (spec) =>
      hostEntries(spec).flatMap(([host, config]) => {
        const untouched: ReadonlyArray<string> = config.untouched ?? [];
        return (Object.entries(config.networks) as Array<[string, Network]>).flatMap(([name, network]) =>
          containerEntries(network).flatMap(({ name: container, key }) =>
            untouched.includes(container)
              ? [finding({ id: "container-opt-in-and-untouched", severity: "error" }, ["hosts", host, "networks", name, "containers", key], `container "${container}" joins ${name} but is also listed in untouched`, `remove "${container}" from untouched, or from ${name}'s containers`)]
              : [],
          ),
        );
      }),
  },

  {
    id: "container-in-two-networks",
    severity: "error",
    summary: "A container joins at most one podnet network.",
    check: (spec) =>
      hostEntries(spec).flatMap(([host, config]) => {
        const firstNetwork = new Map<string, string>();
        const found: Diagnostic[] = [];
        for (const [name, network] of Object.entries(config.networks) as Array<[string, Network]>) {
          for (const { name: container, key } of containerEntries(network)) {
            const earlier = firstNetwork.get(container);
            if (earlier !== undefined && earlier !== name) {
              found.push(finding({ id: "container-in-two-networks", severity: "error" }, ["hosts", host, "networks", name, "containers", key], `container "${container}" already joins ${earlier}; podnet attaches a container to one network`, `keep "${container}" in one network's containers list`));
            } else {
              firstNetwork.set(container, name);
            }
          }
        }
        return found;
      }),
  },

  {
    id: "no-hosts",
    severity: "warning",
    summary: "Warns when the spec names no host, so generate writes nothing.",
    check: (spec) =>
      hostEntries(spec).length > 0
        ? []
        : [finding({ id: "no-hosts", severity: "warning" }, ["hosts"], "the spec names no host, so `podnet generate` writes nothing", "add a host under `hosts:` (`podnet init` writes a starter spec)")],
  },

  {
    id: "output-collision",
    severity: "error",
    summary: "Two hosts cannot write the same output file.",
    check: (spec, context) => {
      const owner = new Map<string, string>();
      const found: Diagnostic[] = [];
      for (const [host, config] of hostEntries(spec)) {
        const resolved = path.resolve(context.specDir, config.output);
        const first = owner.get(resolved);
        if (first !== undefined) {
          found.push(finding({ id: "output-collision", severity: "error" }, ["hosts", host, "output"], `${config.output} is also the output of host ${first}; one would overwrite the other`, `give ${host} its own file, e.g. hosts/${host}/podnet.nix`));
        } else {
          owner.set(resolved, host);
        }
      }
      return found;
    },
  },
];

/** Why an address cannot be handed out in `subnet` (undefined when it can). */
function unusableAddress(subnet: Subnet, address: Address, gateway: string | undefined): string | undefined {
  if (!containsAddress(subnet, address)) return `is outside ${subnet.text}`;
  if (address.value === subnet.first) return `is the network address of ${subnet.text}`;
  if (subnet.family === "ipv4" && address.value === subnet.last) return `is the broadcast address of ${subnet.text}`;
  if (gateway !== undefined && parseAddress(gateway).value === address.value) return `is the gateway of ${subnet.text}`;
  return undefined;
}

export function validate(spec: Spec, context: RuleContext): Diagnostic[] {
  return rules.flatMap((rule) => rule.check(spec, context));
}

