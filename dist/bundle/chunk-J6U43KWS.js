import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  renderHostModule
} from "./chunk-2THRSYTW.js";
import {
  hasErrors
} from "./chunk-PEQVYC4Q.js";
import {
  parseSpecText
} from "./chunk-FVPTRHMZ.js";
import {
  ArraySchema,
  Boolean,
  InvalidValue,
  Literal,
  Literals,
  Number as Number2,
  Record,
  String as String2,
  Struct,
  Union,
  annotate,
  brand,
  declare,
  decodeTo,
  decodeUnknownResult,
  fail,
  isMaxLength,
  isPattern,
  isSuccess,
  makeFilter,
  optionalKey,
  some,
  succeed,
  toJsonSchemaDocument,
  transform,
  transformEffect
} from "./chunk-DTFT4EZT.js";
import {
  addressText,
  contains,
  containsAddress,
  findOverlaps,
  overlaps,
  parseAddress,
  parseInterfaceAddress,
  parseSubnet,
  size,
  wellKnown
} from "./chunk-HKELKULO.js";

// src/pipeline.ts
import path3 from "node:path";

// src/plan.ts
import path2 from "node:path";

// src/spec/network.ts
var isIpv6Only = (network) => network.mode === "ipv6-only";
function containerEntries(network) {
  const containers = network.containers;
  if (containers === void 0) return [];
  if (Array.isArray(containers)) return containers.map((name, index) => ({ name, key: index }));
  return Object.entries(containers).map(([name, addresses]) => ({
    name,
    key: name,
    ...addresses.ipv4 === void 0 ? {} : { ipv4: addresses.ipv4 },
    ...addresses.ipv6 === void 0 ? {} : { ipv6: addresses.ipv6 }
  }));
}
var ipv4Subnet = (network) => isIpv6Only(network) ? void 0 : network.ipv4;
function gatewayOf(subnet, custom) {
  return custom?.text ?? addressText(subnet.family, subnet.first + 1n);
}

// src/validate/rules.ts
import path from "node:path";
var Findings = class {
  kept = [];
  more = 0;
  get full() {
    return this.kept.length >= maxFindingsPerRule;
  }
  push(finding) {
    if (this.full) this.more++;
    else this.kept.push(finding);
  }
  /** One more finding that is not kept (the check saw `full` and skipped building it). */
  count() {
    this.more++;
  }
};
var defineRule = (rule) => rule;
var maxFindingsPerRule = 20;
var hostEntries = (spec) => Object.entries(spec.hosts);
function networkEntries(spec) {
  return hostEntries(spec).flatMap(
    ([host, config]) => Object.entries(config.networks).map(([name, network]) => ({ host, name, network, path: ["hosts", host, "networks", name] }))
  );
}
function perNetwork(id, severity, summary, check) {
  return defineRule({
    id,
    severity,
    summary,
    check: (spec, _context, found) => {
      for (const entry of networkEntries(spec)) {
        check(
          entry,
          (field, message, hint) => found.push(
            field === void 0 ? { path: entry.path, message, hint, at: "key" } : { path: [...entry.path, ...typeof field === "string" ? [field] : field], message, hint }
          )
        );
      }
    }
  });
}
function perHost(id, severity, summary, check) {
  return defineRule({
    id,
    severity,
    summary,
    check: (spec, _context, found) => {
      for (const [host, config] of hostEntries(spec)) for (const finding of check(host, config, ["hosts", host], found) ?? []) found.push(finding);
    }
  });
}
function versionAtLeast(version, minimum) {
  const have = version.split(".").map(Number);
  const need = minimum.split(".").map(Number);
  for (let i = 0; i < Math.max(have.length, need.length); i++) {
    const a = have[i] ?? 0;
    const b = need[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}
var defaultPodmanVersion = "5.0";
var reservedNetworkNames = /* @__PURE__ */ new Set(["host", "none", "bridge", "private", "podman", "slirp4netns", "pasta", "default"]);
function unusableAddress(subnet, address, gateway) {
  if (!containsAddress(subnet, address)) return `is outside ${subnet.text}`;
  if (address.value === subnet.first) return `is the network address of ${subnet.text}`;
  if (subnet.family === "ipv4" && address.value === subnet.last) return `is the broadcast address of ${subnet.text}`;
  if (gateway !== void 0 && gateway === address.text) return `is the gateway of ${subnet.text}`;
  return void 0;
}
function unusableResolver(address) {
  const within = (subnet) => containsAddress(subnet, address);
  if (within(wellKnown.unspecified4) || within(wellKnown.unspecified6)) return "is the unspecified address, not a server";
  if (within(wellKnown.multicast4) || within(wellKnown.multicast6)) return "is a multicast address, not a server";
  if (within(wellKnown.broadcast4)) return "is the broadcast address, not a server";
  if (within(wellKnown.linkLocal6)) return "is an IPv6 link-local address, which needs an interface (zone) to be reached, and podman's --dns takes none";
  return void 0;
}
var rules = [
  perNetwork("cidr-host-bits", "error", "A subnet must be written as its network address (no host bits set).", ({ network }, report) => {
    for (const family of ["ipv4", "ipv6"]) {
      const subnet = network[family];
      if (subnet?.hostBits) {
        report(family, `${subnet.written} has host bits set, so it names an address inside ${subnet.text}, not a subnet`, `did you mean ${subnet.text}?`);
      }
    }
  }),
  perNetwork("ipv6-not-ula", "error", "The IPv6 subnet must be a unique local prefix from fd00::/8 (fc00::/8 is reserved).", ({ network }, report) => {
    const subnet = network.ipv6;
    if (contains(wellKnown.ulaLocal, subnet)) return;
    const fresh = "run `podnet ula` for a fresh random prefix from fd00::/8";
    if (contains(wellKnown.ulaReserved, subnet)) {
      report("ipv6", `${subnet.text} is in fc00::/8, which RFC 4193 reserves for a future central allocator`, `use a prefix from fd00::/8 instead; ${fresh}`);
    } else {
      report("ipv6", `${subnet.text} is not a unique local (ULA) prefix; NAT66 from a global or other prefix would leak or collide`, `use a prefix from fd00::/8; ${fresh}`);
    }
  }),
  perNetwork("ipv6-prefix-length", "error", "The IPv6 subnet must be exactly a /64.", ({ network }, report) => {
    const subnet = network.ipv6;
    if (subnet.prefix !== 64) {
      report("ipv6", `${subnet.written} is a /${subnet.prefix}; podnet networks use exactly one /64`, `use a /64, e.g. ${addressText("ipv6", subnet.first)}/64`);
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
  perNetwork("ipv4-podman-pool", "warning", "Warns when the IPv4 subnet lies in podman's automatic subnet pool (10.89.0.0\u201310.255.255.0).", ({ network }, report) => {
    const subnet = ipv4Subnet(network);
    if (subnet && contains(wellKnown.podmanPool, subnet)) {
      report(
        "ipv4",
        `${subnet.text} lies in podman's automatic subnet pool: a network created without --subnet (compose, by hand) may take it first, and then creating this network fails with "subnet already used"`,
        "prefer a subnet in 172.16.0.0/12 or 192.168.0.0/16, or make sure this network is created before anything else asks podman for a subnet"
      );
    }
  }),
  perNetwork("network-name-reserved", "error", "A network must not be named like a podman network mode (host, none, bridge, podman \u2026).", ({ name }, report) => {
    if (reservedNetworkNames.has(name.toLowerCase())) {
      report(void 0, `"${name}" is a podman network mode or its default network, so --network=${name} would not join a bridge called ${name}`, "choose another name, e.g. v6egress");
    }
  }),
  perNetwork("container-duplicate", "error", "A container is listed once per network.", ({ network, name }, report) => {
    const seen = /* @__PURE__ */ new Set();
    for (const { name: container, key } of containerEntries(network)) {
      if (seen.has(container)) report(["containers", key], `container "${container}" is listed twice in ${name}`, "remove the second entry");
      seen.add(container);
    }
  }),
  perNetwork("mode-subnets", "error", "A dual-stack network needs an ipv4 subnet; an ipv6-only network must not have one.", ({ network, name }, report) => {
    if (isIpv6Only(network) && network.ipv4 !== void 0) {
      report("ipv4", `network ${name} is ipv6-only but has an ipv4 subnet`, "remove `ipv4`, or drop `mode: ipv6-only` to make it dual-stack");
    }
    if (!isIpv6Only(network) && network.ipv4 === void 0) {
      report(void 0, `network ${name} is dual-stack (the default) but has no ipv4 subnet`, "add `ipv4: <private /24>`, or set `mode: ipv6-only`");
    }
  }),
  perNetwork("gateway-address", "error", "A custom gateway must be a usable address inside its subnet.", ({ network }, report) => {
    const subnets = { ipv4: ipv4Subnet(network), ipv6: network.ipv6 };
    for (const family of ["ipv4", "ipv6"]) {
      const gateway = network.gateway?.[family];
      const subnet = subnets[family];
      if (gateway === void 0) continue;
      if (!subnet) {
        report(["gateway", family], `an ${family} gateway is given but the network has no ${family} subnet`, `remove gateway.${family}`);
        continue;
      }
      const problem = gateway.family === family ? unusableAddress(subnet, gateway, void 0) : `is not an ${family} address`;
      if (problem) report(["gateway", family], `gateway ${gateway.written} ${problem}`, `use a host address inside ${subnet.text}, e.g. ${addressText(family, subnet.first + 1n)}`);
    }
  }),
  perNetwork("static-address", "error", "A static container address lies inside the subnet, is not its network, broadcast or gateway address, and is unique in the network.", ({ network, name }, report) => {
    const subnets = { ipv4: ipv4Subnet(network), ipv6: network.ipv6 };
    const taken = /* @__PURE__ */ new Map();
    for (const entry of containerEntries(network)) {
      for (const family of ["ipv4", "ipv6"]) {
        const address = entry[family];
        if (address === void 0) continue;
        const subnet = subnets[family];
        const where = `containers.${entry.name}.${family}`;
        const at = ["containers", entry.key, family];
        if (!subnet) {
          report(at, `${where}: the network has no ${family} subnet`, `remove ${family} from ${entry.name}`);
          continue;
        }
        const problem = unusableAddress(subnet, address, gatewayOf(subnet, network.gateway?.[family]));
        if (problem) {
          report(at, `${where} ${address.written} ${problem}`, `pick a free host address inside ${subnet.text}, e.g. ${addressText(family, subnet.first + 10n)}`);
          continue;
        }
        const holder = taken.get(address.text);
        if (holder !== void 0) report(at, `${where} ${address.written} is also ${holder}'s address in ${name}`, "give each container its own address");
        taken.set(address.text, entry.name);
      }
    }
  }),
  perNetwork("dns-server-unusable", "error", "A dns server must be an address aardvark-dns can forward to: not unspecified, multicast, broadcast or IPv6 link-local.", ({ network }, report) => {
    (network.dns ?? []).forEach((server, index) => {
      const problem = unusableResolver(server);
      if (problem) report(["dns", index], `${server.written} ${problem}`, "give the address of a resolver, e.g. 9.9.9.9 or 2620:fe::fe");
    });
  }),
  perHost("podman-version-feature", "error", "A feature the host's podman is too old for (dns needs 4.4, isolate: strict 4.6) is refused.", (host, config, base) => {
    const version = config.podman?.version ?? defaultPodmanVersion;
    return Object.entries(config.networks).flatMap(([name, network]) => [
      // An empty list asks podman for nothing: no --dns flag is emitted.
      ...(network.dns?.length ?? 0) > 0 && !versionAtLeast(version, "4.4") ? [{ path: [...base, "networks", name, "dns"], message: `dns servers need \`podman network create --dns\` (podman 4.4 and later), but this host runs podman ${version}`, hint: "remove dns (containers then use aardvark-dns with the host's resolvers), or raise podman.version if the host is newer" }] : [],
      ...network.isolate === "strict" && !versionAtLeast(version, "4.6") ? [{ path: [...base, "networks", name, "isolate"], message: `isolate: strict needs netavark 1.7 (podman 4.6 and later), but this host runs podman ${version}`, hint: "use isolate: true (blocks traffic between isolated networks only), or raise podman.version if the host is newer" }] : []
    ]);
  }),
  perHost("subnet-overlap", "error", "No two networks on one host may overlap, in either family.", (host, config, base) => {
    const subnets = Object.entries(config.networks).flatMap(([name, network]) => {
      const ipv4 = ipv4Subnet(network);
      return [...ipv4 ? [{ name, family: "ipv4", subnet: ipv4 }] : [], { name, family: "ipv6", subnet: network.ipv6 }];
    });
    return findOverlaps(subnets, (item) => item.subnet).map(([a, b]) => ({
      path: [...base, "networks", b.name, b.family],
      message: `${b.subnet.text} (network ${b.name}) overlaps ${a.subnet.text} (network ${a.name})`,
      hint: `give ${b.name} a ${b.family} subnet that does not overlap ${a.subnet.text}`
    }));
  }),
  perHost("uplink-prefix-length", "error", "The uplink address's prefix length is one an interface can have (/16 to /128), and the address is not the prefix's own subnet-router anycast address.", (_host, config, base) => {
    const { address, prefix, subnet } = config.uplink.ipv6.address;
    const at = [...base, "uplink", "ipv6", "address"];
    if (prefix < 16) {
      return [{ path: at, message: `/${prefix} would make everything within ${subnet.text} on-link for the uplink; no interface prefix is that large`, hint: "write the prefix length `ip -6 addr show dev <uplink>` shows, usually /64 (or /128 for a single address)" }];
    }
    if (prefix < 127 && address.value === subnet.first) {
      return [{ path: at, message: `${address.text} is the subnet-router anycast address of ${subnet.text}, not a host's address`, hint: "write the host's own address in that prefix, e.g. the ::1 one" }];
    }
    return [];
  }),
  perHost("uplink-not-global", "error", "The uplink address must be a global unicast IPv6 address (2000::/3); the NAT66 source is this address.", (_host, config, base) => {
    const { address } = config.uplink.ipv6.address;
    if (containsAddress(wellKnown.globalUnicast, address)) return [];
    return [{ path: [...base, "uplink", "ipv6", "address"], message: `${address.text} is not a global unicast address, so NAT66 to it cannot reach the IPv6 internet`, hint: "give the host's global address (2000::/3) from `ip -6 addr show scope global`" }];
  }),
  perHost("uplink-documentation-prefix", "warning", "Warns when the uplink address is in the documentation prefix 2001:db8::/32.", (_host, config, base) => {
    const { address } = config.uplink.ipv6.address;
    if (!containsAddress(wellKnown.documentation, address)) return [];
    return [{ path: [...base, "uplink", "ipv6", "address"], message: `${address.text} is in 2001:db8::/32, the documentation prefix; it is never routed on the internet`, hint: "use the host's real global address unless this spec is for a lab or test" }];
  }),
  perHost(
    "uplink-slaac-accept-ra",
    "info",
    "With SLAAC addressing podnet sets accept_ra = 2 on the uplink, because forwarding makes Linux ignore router advertisements otherwise.",
    (_host, config, base) => config.uplink.ipv6.addressing !== "slaac" ? [] : [{ path: [...base, "uplink", "ipv6", "addressing"], message: `net.ipv6.conf.${config.uplink.interface}.accept_ra will be set to 2 (or, under systemd-networkd, IPv6AcceptRA is required): with forwarding on, Linux ignores router advertisements at accept_ra = 1 and the host would lose its SLAAC address and default route`, hint: "nothing to do; set `addressing: static` if the address is configured statically" }]
  ),
  perHost("container-opt-in-and-untouched", "error", "A container cannot both join a podnet network and be listed as untouched.", (_host, config, base, found) => {
    const untouched = new Set(config.untouched ?? []);
    for (const [name, network] of Object.entries(config.networks)) {
      for (const { name: container, key } of containerEntries(network)) {
        if (!untouched.has(container)) continue;
        if (found.full) found.count();
        else found.push({ path: [...base, "networks", name, "containers", key], message: `container "${container}" joins ${name} but is also listed in untouched`, hint: `remove "${container}" from untouched, or from ${name}'s containers` });
      }
    }
  }),
  perHost("container-in-two-networks", "error", "A container joins at most one podnet network.", (_host, config, base, found) => {
    const firstNetwork = /* @__PURE__ */ new Map();
    for (const [name, network] of Object.entries(config.networks)) {
      for (const { name: container, key } of containerEntries(network)) {
        const earlier = firstNetwork.get(container);
        if (earlier === void 0 || earlier === name) {
          firstNetwork.set(container, name);
        } else if (found.full) {
          found.count();
        } else {
          found.push({ path: [...base, "networks", name, "containers", key], message: `container "${container}" already joins ${earlier}; podnet attaches a container to one network`, hint: `keep "${container}" in one network's containers list` });
        }
      }
    }
  }),
  defineRule({
    id: "no-hosts",
    severity: "warning",
    summary: "Warns when the spec names no host, so generate writes nothing.",
    check: (spec, _context, found) => {
      if (hostEntries(spec).length === 0) found.push({ path: ["hosts"], message: "the spec names no host, so `podnet generate` writes nothing", hint: "add a host under `hosts:` (`podnet init` writes a starter spec)" });
    }
  }),
  defineRule({
    id: "output-collision",
    severity: "error",
    summary: "Two hosts cannot write the same output file.",
    check: (spec, context, found) => {
      const owner = /* @__PURE__ */ new Map();
      for (const [host, config] of hostEntries(spec)) {
        const resolved = path.resolve(context.specDir, config.output);
        const first = owner.get(resolved);
        if (first !== void 0) {
          found.push({ path: ["hosts", host, "output"], message: `${config.output} is also the output of host ${first}; one would overwrite the other`, hint: `give ${host} its own file, e.g. hosts/${host}/podnet.nix` });
        } else {
          owner.set(resolved, host);
        }
      }
    }
  })
];
function validate(spec, context) {
  return rules.flatMap((rule) => {
    const found = new Findings();
    rule.check(spec, context, found);
    const shown = found.kept.map((finding) => ({ rule: rule.id, severity: rule.severity, ...finding }));
    if (found.more === 0) return shown;
    const last = found.kept.at(-1);
    return [
      ...shown,
      {
        rule: rule.id,
        severity: rule.severity,
        path: last.path,
        ...last.at ? { at: last.at } : {},
        message: `and ${found.more} more like the above (${rule.summary.replace(/\.$/u, "").toLowerCase()})`,
        hint: `fix the ones above first; podnet lists at most ${maxFindingsPerRule} findings of one rule`
      }
    ];
  });
}

// src/plan.ts
var managedLabel = "io.podnet.managed";
var inspectFormats = {
  subnets: "{{range .Subnets}}{{.Subnet}} {{end}}",
  gateways: "{{range .Subnets}}{{.Gateway}} {{end}}",
  flags: `ipv6={{.IPv6Enabled}} internal={{.Internal}} isolate={{index .Options "isolate"}} mtu={{index .Options "mtu"}}`,
  // podman 4.4+ only (earlier podman has no such field and the template would fail): the servers
  // aardvark-dns forwards to, as podman stores them.
  dns: "{{range .NetworkDNSServers}}{{.}} {{end}}",
  managed: `{{index .Labels "${managedLabel}"}}`,
  attached: "{{.Names}}"
};
var byName = (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
function planNetwork(name, network, podmanVersion = defaultPodmanVersion) {
  const ipv4 = ipv4Subnet(network);
  const ipv6 = network.ipv6;
  const subnets = ipv4 ? [ipv4, ipv6] : [ipv6];
  const customGateway = network.gateway?.ipv4 !== void 0 || network.gateway?.ipv6 !== void 0;
  const gateways = subnets.map((subnet) => gatewayOf(subnet, network.gateway?.[subnet.family]));
  const internal = network.internal === true;
  const isolate = network.isolate === "strict" ? "strict" : network.isolate === true ? "true" : "";
  const createArgs = [
    "network",
    "create",
    // Measured on podman 4.3: --ipv6 with only an IPv6 subnet silently adds an IPv4 subnet from
    // the automatic pool; without --ipv6, a lone IPv6 subnet makes a true IPv6-only network.
    ...ipv4 ? ["--ipv6"] : [],
    ...subnets.flatMap((subnet) => ["--subnet", subnet.text]),
    ...customGateway ? gateways.flatMap((gateway) => ["--gateway", gateway]) : [],
    ...internal ? ["--internal"] : [],
    ...isolate ? ["--opt", `isolate=${isolate}`] : [],
    ...network.mtu === void 0 ? [] : ["--opt", `mtu=${network.mtu}`],
    ...(network.dns ?? []).flatMap((server) => ["--dns", server.text]),
    "--label",
    `${managedLabel}=true`,
    name
  ];
  const containers = containerEntries(network).map((entry) => ({
    name: entry.name,
    fallbackServiceName: `podman-${entry.name}`,
    addressOptions: [...entry.ipv4 ? [`--ip=${entry.ipv4.text}`] : [], ...entry.ipv6 ? [`--ip6=${entry.ipv6.text}`] : []]
  })).sort(byName);
  return {
    name,
    unitName: `podnet-network-${name}`,
    unitService: `podnet-network-${name}.service`,
    mode: isIpv6Only(network) ? "ipv6-only" : "dual-stack",
    internal,
    isolate,
    mtu: network.mtu === void 0 ? "" : String(network.mtu),
    ...ipv4 ? { ipv4 } : {},
    ipv6,
    subnetList: subnets.map((subnet) => subnet.text).join(", "),
    containers,
    createArgs,
    wantedSubnets: subnets.map((subnet) => subnet.text).sort().join(" "),
    wantedFlags: `ipv6=true internal=${internal} isolate=${isolate} mtu=${network.mtu ?? ""}`,
    wantedGateways: [...gateways].sort().join(" "),
    wantedDns: (network.dns ?? []).map((server) => server.text).sort().join(" "),
    checksDns: versionAtLeast(podmanVersion, "4.4"),
    inspectFormats
  };
}
function egressSubnets(networks) {
  return networks.filter((network) => !network.internal).flatMap((network) => [network.ipv4, network.ipv6].filter((s) => s !== void 0).map((subnet) => ({ network: network.name, subnet })));
}
function dockerFamilies(networks, uplink) {
  return ["iptables", "ip6tables"].map((tool) => {
    const rules2 = egressSubnets(networks).filter(({ subnet }) => subnet.family === "ipv4" === (tool === "iptables")).flatMap(({ network, subnet }) => {
      const comment = ["-m", "comment", "--comment", `podnet:${network}`];
      return [
        ["-i", "podman+", "-o", uplink, "-s", subnet.text, ...comment, "-j", "ACCEPT"],
        ["-i", uplink, "-o", "podman+", "-d", subnet.text, "-m", "conntrack", "--ctstate", "RELATED,ESTABLISHED", ...comment, "-j", "ACCEPT"]
      ];
    });
    return { tool, count: String(rules2.length), rules: rules2 };
  }).filter((family) => family.rules.length > 0);
}
function forwardRules(networks, uplink) {
  return egressSubnets(networks).map(
    ({ network, subnet }) => `iifname "podman*" oifname "${uplink}" ${subnet.family === "ipv4" ? "ip" : "ip6"} saddr ${subnet.text} accept comment "podnet ${network} egress"`
  );
}
function planHost(host, config, specFile) {
  const specDir = path2.dirname(path2.resolve(specFile));
  const outputFile = path2.resolve(specDir, config.output);
  const podmanVersion = config.podman?.version ?? defaultPodmanVersion;
  const networks = Object.entries(config.networks).map(([name, network]) => planNetwork(name, network, podmanVersion)).sort(byName);
  return {
    host,
    output: config.output,
    outputFile,
    specFile: path2.relative(path2.dirname(outputFile), path2.resolve(specFile)).split(path2.sep).join("/"),
    uplinkInterface: config.uplink.interface,
    uplink: config.uplink.ipv6.address,
    acceptRa2: config.uplink.ipv6.addressing === "slaac",
    acceptRaKey: `net.ipv6.conf.${config.uplink.interface.replaceAll(".", "/")}.accept_ra`,
    networks,
    untouched: [...new Set(config.untouched ?? [])].sort(),
    dockerFamilies: dockerFamilies(networks, config.uplink.interface),
    forwardRules: forwardRules(networks, config.uplink.interface)
  };
}
function plan(spec, specFile) {
  return Object.entries(spec.hosts).map(([host, config]) => planHost(host, config, specFile)).sort((a, b) => a.host < b.host ? -1 : a.host > b.host ? 1 : 0);
}

// src/spec/schema.ts
var podmanName = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/u;
var maxNameLength = 63;
function allowListedName(what, example) {
  const explained = {
    message: `is not a valid ${what}`,
    hint: `use ASCII letters, digits, '_', '.' and '-', starting with a letter or digit, at most ${maxNameLength} characters (e.g. ${example})`,
    expected: `a ${what}`
  };
  return String2.check(isPattern(podmanName, explained), isMaxLength(maxNameLength, explained)).pipe(
    annotate({ description: `${what[0].toUpperCase()}${what.slice(1)}: ${explained.hint}.` })
  );
}
var HostName = allowListedName("host name", "web-arm").pipe(brand("HostName"));
var NetworkName = allowListedName("podman network name", "v6egress").pipe(brand("NetworkName"));
var ContainerName = allowListedName("container name", "collabora").pipe(brand("ContainerName"));
var interfaceExplained = {
  message: "is not a valid Linux interface name",
  hint: "use 1\u201315 ASCII letters, digits, '_', '.' or '-' (e.g. enp1s0); check `ip link` on the host",
  expected: "a Linux interface name"
};
var InterfaceName = String2.check(
  isPattern(/^(?!\.{1,2}$)[A-Za-z0-9_.-]{1,15}$/u, interfaceExplained)
).pipe(brand("InterfaceName"), annotate({ description: "Uplink interface name as `ip link` shows it." }));
function parsedText(parse, explained, description, is) {
  return String2.pipe(
    decodeTo(declare(is, { expected: explained.expected }), {
      decode: transformEffect((text2, options) => {
        const result = parse(text2);
        return result.ok ? succeed(result.value) : fail(new InvalidValue({ message: result.reason, hint: explained.hint }, some(text2), options));
      }),
      encode: transform((value) => value.written)
    }),
    annotate({ description, expected: explained.expected })
  );
}
var isSubnet = (u) => typeof u === "object" && u !== null && "first" in u && "hostBits" in u;
var isAddress = (u) => typeof u === "object" && u !== null && "value" in u && "family" in u;
var isInterfaceAddress = (u) => typeof u === "object" && u !== null && "address" in u && "subnet" in u;
var Ipv4Cidr = parsedText((text2) => parseSubnet(text2, "ipv4"), {
  message: "is not an IPv4 subnet in CIDR notation",
  hint: "write it as address/prefix, e.g. 172.20.0.0/24",
  expected: "an IPv4 CIDR subnet"
}, "Private IPv4 subnet (RFC 1918, clear of podman's 10.88.0.0/16), e.g. 172.20.0.0/24.", isSubnet);
var Ipv6Cidr = parsedText((text2) => parseSubnet(text2, "ipv6"), {
  message: "is not an IPv6 prefix in CIDR notation",
  hint: "write it as prefix/length, e.g. fdaa:bbcc:ddee::/64 (`podnet ula` makes a fresh one)",
  expected: "an IPv6 CIDR prefix"
}, "ULA IPv6 /64 from fd00::/8, e.g. fdaa:bbcc:ddee::/64.", isSubnet);
var UplinkAddress = parsedText((text2) => parseInterfaceAddress(text2, "ipv6"), {
  message: "is not an IPv6 interface address in CIDR notation",
  hint: "write the host's global address with its prefix length, as `ip -6 addr` shows it, e.g. 2a01:4f8:c012:43b::1/64",
  expected: "an IPv6 address with prefix length"
}, "The host's global IPv6 address on the uplink, with prefix length.", isInterfaceAddress);
var OutputPath = String2.check(
  isPattern(/^(?!\/)(?!.*\/\/)[A-Za-z0-9_./+-]+\.nix$/u, {
    message: "is not a usable output path",
    hint: "give a relative path ending in .nix, using letters, digits, '_', '.', '/', '+' and '-' (e.g. hosts/web-arm/podnet.nix)",
    expected: "a relative .nix path"
  })
).pipe(brand("OutputPath"), annotate({ description: "Where this host's module is written, relative to the spec file." }));
var Addressing = Literals(["static", "slaac"]).annotate({
  description: "How the uplink gets its IPv6 address: `static` or `slaac` (router advertisements).",
  hint: "use `static` for a configured address, `slaac` when router advertisements assign it"
});
function addressOf(family, example) {
  const what = family === void 0 ? "an IP address" : `an ${family === "ipv4" ? "IPv4" : "IPv6"} address`;
  return parsedText((text2) => parseAddress(text2, family), {
    message: `is not ${what}`,
    hint: `write a plain ${family === void 0 ? "IPv4 or IPv6" : family === "ipv4" ? "IPv4" : "IPv6"} address without prefix length, e.g. ${example}`,
    expected: what
  }, `${what[0].toUpperCase()}${what.slice(1)}.`, isAddress);
}
var Ipv4Address = addressOf("ipv4", "172.20.0.10");
var Ipv6Address = addressOf("ipv6", "fdaa:bbcc:ddee::10");
var IpAddress = addressOf(void 0, "9.9.9.9 or 2620:fe::fe");
var Mode = Literals(["dual-stack", "ipv6-only"]).annotate({
  description: "dual-stack (default): an IPv4 and an IPv6 subnet; ipv6-only: only the IPv6 subnet.",
  hint: "use `dual-stack` (needs ipv4 and ipv6) or `ipv6-only` (ipv6 only)"
});
var StaticAddresses = Struct({
  ipv4: optionalKey(Ipv4Address),
  ipv6: optionalKey(Ipv6Address)
}).annotate({ description: "Fixed addresses for this container on this network (podman --ip / --ip6)." });
var Containers = Union([
  ArraySchema(ContainerName).annotate({ expected: "a list of container names" }),
  Record(ContainerName, StaticAddresses).annotate({ expected: "a mapping of container name to addresses" })
]).annotate({
  description: "Containers (virtualisation.oci-containers names) that join this network: a list, or a mapping with static addresses.",
  hint: "write a list ([app, worker]) or a mapping (app: { ipv4: 172.20.0.10, ipv6: fdaa:bbcc:ddee::10 })"
});
var Network = Struct({
  mode: optionalKey(Mode),
  ipv4: optionalKey(Ipv4Cidr),
  ipv6: Ipv6Cidr,
  internal: optionalKey(Boolean.annotate({ description: "No egress at all: podman --internal (isolated workloads)." })),
  isolate: optionalKey(
    Union([Boolean, Literal("strict")]).annotate({
      description: "true: no traffic between this and other isolated podman networks (netavark isolate, as docker/CNI); strict: none with any other podman network (podman 4.6+).",
      hint: "use true, false or strict"
    })
  ),
  mtu: optionalKey(
    Number2.check(
      makeFilter((n) => Number.isInteger(n) && n >= 1280 && n <= 65535, {
        message: "is not a usable MTU",
        hint: "use a whole number from 1280 (the IPv6 minimum) to 65535, e.g. 1400 behind a tunnel",
        expected: "an MTU from 1280 to 65535"
      })
    ).annotate({ description: "Bridge MTU (podman --opt mtu)." })
  ),
  gateway: optionalKey(
    Struct({ ipv4: optionalKey(Ipv4Address), ipv6: optionalKey(Ipv6Address) }).annotate({
      description: "Custom gateway addresses (default: the first address of each subnet)."
    })
  ),
  dns: optionalKey(ArraySchema(IpAddress).annotate({ description: "DNS servers aardvark-dns forwards to (podman network create --dns, podman 4.4+)." })),
  containers: optionalKey(Containers)
}).annotate({ description: "An opt-in podman bridge network: dual-stack (default) or IPv6-only." });
var Uplink = Struct({
  interface: InterfaceName,
  ipv6: Struct({
    address: UplinkAddress,
    addressing: Addressing
  })
});
var Host = Struct({
  output: OutputPath,
  uplink: Uplink,
  networks: Record(NetworkName, Network),
  untouched: optionalKey(ArraySchema(ContainerName)).annotate({
    description: "Containers that must stay on podman's default network; podnet asserts nobody moved them."
  }),
  podman: optionalKey(
    Struct({
      version: String2.check(
        isPattern(/^\d+\.\d+(\.\d+)?$/u, {
          message: "is not a podman version",
          hint: "write major.minor as `podman --version` on the host shows it, e.g. 4.3 or 5.0",
          expected: "a version like 5.0"
        })
      )
    }).annotate({ description: "The host's podman: flags newer than this version are refused (default 5.0, as in NixOS 25.05/25.11)." })
  )
});
var Spec = Struct({
  version: Literal(1).annotate({ hint: "podnet understands spec version 1; write `version: 1`" }),
  hosts: Record(HostName, Host)
}).annotate({ title: "podnet spec", description: "Dual-stack podman networks for NixOS hosts." });
var decodeOptions = { errors: "all", onExcessProperty: "error" };
function specJsonSchema() {
  const document = toJsonSchemaDocument(Spec, { onExcessProperty: "error" });
  return { $schema: "https://json-schema.org/draft/2020-12/schema", ...document.schema, $defs: document.definitions };
}

// src/spec/decode.ts
var decodeSpec = decodeUnknownResult(Spec);
function decode(value) {
  const result = decodeSpec(value, decodeOptions);
  if (isSuccess(result)) return { ok: true, spec: result.success };
  return { ok: false, diagnostics: issueToDiagnostics(result.failure.issue, [], value) };
}
var text = (value) => typeof value === "string" ? value : void 0;
function valueAt(root, path4) {
  let node = root;
  for (const segment of path4) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[segment];
  }
  return node;
}
function describeValue(value) {
  if (value === null || value === void 0) return "nothing (empty value)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)}`;
  return `${typeof value} ${String(value)}`;
}
function expectedOf(ast) {
  const annotations = ast.annotations ?? {};
  const explicit = text(annotations.expected);
  if (explicit) return explicit;
  switch (ast._tag) {
    case "Objects":
      return "a mapping";
    case "Arrays":
      return "a list";
    case "String":
      return "a string";
    case "Number":
      return "a number";
    case "Boolean":
      return "true or false";
    case "Literal":
      return JSON.stringify(ast.literal);
    case "Union":
      return `one of ${ast.types.map(expectedOf).join(", ")}`;
    default:
      return "a different value";
  }
}
function hintOf(ast) {
  return text((ast.annotations ?? {}).hint);
}
function keyRule(ast) {
  const parameter = ast.indexSignatures[0]?.parameter;
  const check = parameter?.checks?.[0];
  return check ? check.annotations : void 0;
}
function issueToDiagnostics(issue, path4, input) {
  const here = (message, hint, at = "value") => [
    { rule: "schema", severity: "error", message, hint, path: path4, at }
  ];
  switch (issue._tag) {
    case "Encoding":
      return issueToDiagnostics(issue.issue, path4, input);
    case "Pointer":
      return issueToDiagnostics(issue.issue, [...path4, ...issue.path], input);
    case "Composite":
    case "AnyOf":
      if (issue._tag === "AnyOf" && issue.issues.length === 0) {
        const actual = valueAt(input, path4);
        return here(`expected ${expectedOf(issue.ast)}, got ${describeValue(actual)}`, hintOf(issue.ast) ?? `use ${expectedOf(issue.ast)}`);
      }
      return issue.issues.flatMap((inner) => issueToDiagnostics(inner, path4, input));
    case "Filter": {
      const annotations = issue.filter.annotations;
      const actual = valueAt(input, path4);
      const reason = issue.issue._tag === "InvalidValue" ? text(issue.issue.annotations?.message) : void 0;
      const message = reason ?? text(annotations?.message) ?? `must be ${text(annotations?.expected) ?? "valid"}`;
      return here(`${describeValue(actual)} ${message}`, text(annotations?.hint) ?? `use ${text(annotations?.expected) ?? "a valid value"}`);
    }
    case "InvalidType": {
      const actual = valueAt(input, path4);
      const expected = expectedOf(issue.ast);
      return here(`expected ${expected}, got ${describeValue(actual)}`, hintOf(issue.ast) ?? `write ${expected} here`);
    }
    case "MissingKey": {
      const key = path4[path4.length - 1];
      return [{ rule: "schema", severity: "error", message: `required key ${JSON.stringify(key)} is missing`, hint: `add \`${String(key)}:\` to this mapping (see the spec reference in the README)`, path: path4.slice(0, -1) }];
    }
    case "UnexpectedKey": {
      const key = String(path4[path4.length - 1]);
      const objects = issue.ast;
      const rule = keyRule(objects);
      if (rule) {
        return here(`${JSON.stringify(key)} ${text(rule.message) ?? "is not an allowed name"}`, text(rule.hint) ?? "rename it", "key");
      }
      const allowed = objects.propertySignatures.map((p) => String(p.name));
      const suggestion = closest(key, allowed);
      return here(
        `unknown key ${JSON.stringify(key)}`,
        `${suggestion ? `did you mean \`${suggestion}\`? ` : ""}allowed keys here: ${allowed.join(", ")}`,
        "key"
      );
    }
    case "InvalidValue": {
      const annotations = issue.annotations;
      const reason = text(annotations?.message);
      return here(reason ? `${describeValue(valueAt(input, path4))} ${reason}` : "invalid value", text(annotations?.hint) ?? "check the value against the spec reference");
    }
    default:
      return here(`invalid value (${issue._tag})`, "check the value against the spec reference in the README");
  }
}
function closest(word, candidates) {
  let best;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance <= 2 && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

// src/pipeline.ts
function compile(file, text2) {
  const parsed = parseSpecText(file, text2);
  if (!parsed.ok) return { diagnostics: parsed.diagnostics, hosts: [] };
  const decoded = decode(parsed.value);
  if (!decoded.ok) return { diagnostics: decoded.diagnostics.map(parsed.source.locate), hosts: [] };
  const diagnostics = validate(decoded.spec, { specDir: path3.dirname(path3.resolve(file)) }).map(parsed.source.locate);
  if (hasErrors(diagnostics)) return { diagnostics, hosts: [] };
  const hosts = plan(decoded.spec, file).map((host) => {
    let content;
    return {
      plan: host,
      get content() {
        return content ??= renderHostModule(host);
      }
    };
  });
  return { diagnostics, spec: decoded.spec, hosts, locate: parsed.source.locate };
}

export {
  specJsonSchema,
  compile
};
