import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  hasErrors
} from "./chunk-FQUV3JAX.js";
import {
  require_dist
} from "./chunk-FYIB653R.js";
import {
  ArraySchema,
  Boolean,
  Literal,
  Literals,
  Number as Number2,
  Record,
  String as String2,
  Struct,
  Union,
  annotate,
  brand,
  decodeUnknownResult,
  isMaxLength,
  isPattern,
  isSuccess,
  makeFilter,
  optionalKey,
  toJsonSchemaDocument
} from "./chunk-2JAZUINV.js";
import {
  renderHostModule
} from "./chunk-PU62A5QG.js";
import {
  addressText,
  contains,
  containsAddress,
  findOverlaps,
  hasHostBits,
  isIpv4Address,
  isIpv4CidrNotation,
  isIpv6Address,
  isIpv6CidrNotation,
  overlaps,
  parseAddress,
  parseSubnet,
  size,
  wellKnown
} from "./chunk-3WK5XVS4.js";
import {
  __toESM
} from "./chunk-JLHVTWXJ.js";

// src/pipeline.ts
import path3 from "node:path";

// src/plan.ts
import path from "node:path";

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
var ipv4Subnet = (network) => network.ipv4 === void 0 || isIpv6Only(network) ? void 0 : parseSubnet(network.ipv4);
var ipv6Subnet = (network) => parseSubnet(network.ipv6);
function gatewayOf(subnet, custom) {
  return custom ?? addressText(subnet.family, subnet.first + 1n);
}

// src/plan.ts
var managedLabel = "io.podnet.managed";
var inspectFormats = {
  subnets: "{{range .Subnets}}{{.Subnet}} {{end}}",
  gateways: "{{range .Subnets}}{{.Gateway}} {{end}}",
  flags: `ipv6={{.IPv6Enabled}} internal={{.Internal}} isolate={{index .Options "isolate"}} mtu={{index .Options "mtu"}}`,
  managed: `{{index .Labels "${managedLabel}"}}`,
  attached: "{{.Names}}"
};
var byName = (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
function planNetwork(name, network) {
  const ipv4 = ipv4Subnet(network);
  const ipv6 = ipv6Subnet(network);
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
    ...(network.dns ?? []).flatMap((server) => ["--dns", server]),
    "--label",
    `${managedLabel}=true`,
    name
  ];
  const containers = containerEntries(network).map((entry) => ({
    name: entry.name,
    fallbackServiceName: `podman-${entry.name}`,
    addressOptions: [...entry.ipv4 ? [`--ip=${entry.ipv4}`] : [], ...entry.ipv6 ? [`--ip6=${entry.ipv6}`] : []]
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
    inspectFormats
  };
}
function egressSubnets(networks) {
  return networks.filter((network) => !network.internal).flatMap((network) => [network.ipv4, network.ipv6].filter((s) => s !== void 0).map((subnet) => ({ network: network.name, subnet })));
}
function dockerRules(networks) {
  return egressSubnets(networks).flatMap(({ network, subnet }) => {
    const tool = subnet.family === "ipv4" ? "iptables" : "ip6tables";
    const comment = ["-m", "comment", "--comment", `podnet ${network}`];
    return [
      [tool, "-s", subnet.text, ...comment, "-j", "ACCEPT"],
      [tool, "-d", subnet.text, "-m", "conntrack", "--ctstate", "RELATED,ESTABLISHED", ...comment, "-j", "ACCEPT"]
    ];
  });
}
function forwardRules(networks) {
  return egressSubnets(networks).map(({ network, subnet }) => `${subnet.family === "ipv4" ? "ip" : "ip6"} saddr ${subnet.text} accept comment "podnet ${network} egress"`);
}
function planHost(host, config, specFile) {
  const specDir = path.dirname(path.resolve(specFile));
  const outputFile = path.resolve(specDir, config.output);
  const networks = Object.entries(config.networks).map(([name, network]) => planNetwork(name, network)).sort(byName);
  return {
    host,
    output: config.output,
    outputFile,
    specFile: path.relative(path.dirname(outputFile), path.resolve(specFile)).split(path.sep).join("/"),
    uplinkInterface: config.uplink.interface,
    uplinkAddress: config.uplink.ipv6.address,
    acceptRa2: config.uplink.ipv6.addressing === "slaac",
    acceptRaKey: `net.ipv6.conf.${config.uplink.interface.replaceAll(".", "/")}.accept_ra`,
    networks,
    untouched: [...new Set(config.untouched ?? [])].sort(),
    dockerRules: dockerRules(networks),
    forwardRules: forwardRules(networks)
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
function cidr(isValid, explained, description) {
  return String2.check(makeFilter((text2) => isValid(text2), explained)).pipe(annotate({ description }));
}
var Ipv4Cidr = cidr(isIpv4CidrNotation, {
  message: "is not an IPv4 subnet in CIDR notation",
  hint: "write it as address/prefix, e.g. 172.20.0.0/24",
  expected: "an IPv4 CIDR subnet"
}, "Private IPv4 subnet (RFC 1918, clear of podman's 10.88.0.0/16), e.g. 172.20.0.0/24.").pipe(brand("Ipv4Cidr"));
var Ipv6Cidr = cidr(isIpv6CidrNotation, {
  message: "is not an IPv6 prefix in CIDR notation",
  hint: "write it as prefix/length, e.g. fdaa:bbcc:ddee::/64 (`podnet ula` makes a fresh one)",
  expected: "an IPv6 CIDR prefix"
}, "ULA IPv6 /64 from fd00::/8, e.g. fdaa:bbcc:ddee::/64.").pipe(brand("Ipv6Cidr"));
var UplinkAddress = cidr(isIpv6CidrNotation, {
  message: "is not an IPv6 interface address in CIDR notation",
  hint: "write the host's global address with its prefix length, as `ip -6 addr` shows it, e.g. 2a01:4f8:c012:43b::1/64",
  expected: "an IPv6 address with prefix length"
}, "The host's global IPv6 address on the uplink, with prefix length.").pipe(brand("UplinkAddress"));
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
function address(isValid, family, example) {
  return String2.check(
    makeFilter((text2) => isValid(text2), {
      message: `is not an ${family} address`,
      hint: `write a plain ${family} address without prefix length, e.g. ${example}`,
      expected: `an ${family} address`
    })
  );
}
var Ipv4Address = address(isIpv4Address, "IPv4", "172.20.0.10").pipe(brand("Ipv4Address"));
var Ipv6Address = address(isIpv6Address, "IPv6", "fdaa:bbcc:ddee::10").pipe(brand("Ipv6Address"));
var IpAddress = String2.check(
  makeFilter((text2) => isIpv4Address(text2) || isIpv6Address(text2), {
    message: "is not an IP address",
    hint: "write an IPv4 or IPv6 address, e.g. 9.9.9.9 or 2620:fe::fe",
    expected: "an IP address"
  })
).pipe(brand("IpAddress"));
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
      const message = text(annotations?.message) ?? `must be ${text(annotations?.expected) ?? "valid"}`;
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
      return here(text(annotations?.message) ?? "invalid value", text(annotations?.hint) ?? "check the value against the spec reference");
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

// src/spec/source.ts
var import_yaml = __toESM(require_dist(), 1);
var maxSpecBytes = 16 * 1024 * 1024;
var maxAliasCount = 100;
function parseSpecText(file, text2) {
  const lineCounter = new import_yaml.LineCounter();
  const lines = text2.split(/\r?\n/u);
  const at = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    const sourceLine = lines[line - 1];
    return { file, line, column: col, ...sourceLine === void 0 ? {} : { sourceLine } };
  };
  const failure = (rule, message, hint, offset) => ({
    ok: false,
    diagnostics: [{ rule, severity: "error", message, hint, path: [], location: at(offset) }]
  });
  if (Buffer.byteLength(text2, "utf8") > maxSpecBytes) {
    return failure("spec-too-large", `the spec is larger than ${maxSpecBytes} bytes`, "a podnet spec is a small YAML file; check that the right file was given", 0);
  }
  const doc = (0, import_yaml.parseDocument)(text2, { lineCounter, uniqueKeys: true, strict: true, prettyErrors: false, keepSourceTokens: false });
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) {
    return {
      ok: false,
      diagnostics: problems.map((problem) => ({
        rule: problem.code === "DUPLICATE_KEY" ? "yaml-duplicate-key" : "yaml-syntax",
        severity: "error",
        message: yamlMessage(problem.code, problem.message),
        hint: yamlHint(problem.code),
        path: [],
        location: at(problem.pos[0])
      }))
    };
  }
  let value;
  try {
    value = doc.toJS({ maxAliasCount });
  } catch (error) {
    return failure("yaml-alias", `YAML aliases could not be expanded safely: ${error.message}`, `use at most ${maxAliasCount} alias expansions, or write the values out`, 0);
  }
  const source = {
    file,
    text: text2,
    locate: (diagnostic) => ({ ...diagnostic, location: at(offsetOf(doc, diagnostic.path, diagnostic.at ?? "value")) })
  };
  return { ok: true, value, source };
}
function offsetOf(doc, path4, at) {
  let node = doc.contents;
  let offset = doc.contents?.range?.[0] ?? 0;
  for (const [index, segment] of path4.entries()) {
    const last = index === path4.length - 1;
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((item) => (0, import_yaml.isPair)(item) && (0, import_yaml.isScalar)(item.key) && String(item.key.value) === String(segment));
      if (!pair) return offset;
      const key = pair.key;
      if (last && at === "key") return key.range?.[0] ?? offset;
      const value = pair.value;
      offset = value?.range?.[0] ?? key.range?.[0] ?? offset;
      node = value;
    } else if ((0, import_yaml.isSeq)(node) && typeof segment === "number") {
      const item = node.items[segment];
      if (!item) return offset;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      return offset;
    }
  }
  return offset;
}
function yamlMessage(code, message) {
  const bare = message.replace(/ at line \d+, column \d+:?[\s\S]*$/u, "");
  return code === "DUPLICATE_KEY" ? "this key appears twice in the same mapping" : `YAML syntax error: ${bare}`;
}
function yamlHint(code) {
  switch (code) {
    case "DUPLICATE_KEY":
      return "remove or rename one of the two entries; YAML would otherwise keep only one silently";
    case "TAB_AS_INDENT":
      return "indent with spaces, not tabs";
    case "BAD_INDENT":
    case "MISSING_CHAR":
      return "check the indentation and the ':' after each key";
    default:
      return "fix the YAML syntax at this position (a YAML linter shows the same spot)";
  }
}

// src/validate/rules.ts
import path2 from "node:path";
var hostEntries = (spec) => Object.entries(spec.hosts);
function networkEntries(spec) {
  return hostEntries(spec).flatMap(
    ([host, config]) => Object.entries(config.networks).map(([name, network]) => ({
      host,
      name,
      network,
      path: ["hosts", host, "networks", name]
    }))
  );
}
function finding(rule, path4, message, hint, at) {
  return { rule: rule.id, severity: rule.severity, message, hint, path: path4, ...at ? { at } : {} };
}
function perNetwork(id, severity, summary, check) {
  const rule = { id, severity, summary };
  return {
    ...rule,
    check: (spec) => {
      const found = [];
      for (const entry of networkEntries(spec)) {
        check(
          entry,
          (field, message, hint) => found.push(finding(rule, field === void 0 ? entry.path : [...entry.path, ...typeof field === "string" ? [field] : field], message, hint, field === void 0 ? "key" : void 0))
        );
      }
      return found;
    }
  };
}
var uplinkAddress = (host) => parseAddress(host.uplink.ipv6.address.split("/")[0]);
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
var rules = [
  perNetwork("cidr-host-bits", "error", "A subnet must be written as its network address (no host bits set).", ({ network }, report) => {
    for (const family of ["ipv4", "ipv6"]) {
      const text2 = network[family];
      if (text2 !== void 0 && hasHostBits(text2)) {
        const canonical = parseSubnet(text2).text;
        report(family, `${text2} has host bits set, so it names an address inside ${canonical}, not a subnet`, `did you mean ${canonical}?`);
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
  perNetwork("container-duplicate", "error", "A container is listed once per network.", ({ network, path: networkPath }, report) => {
    const seen = /* @__PURE__ */ new Set();
    for (const { name } of containerEntries(network)) {
      if (seen.has(name)) report("containers", `container "${name}" is listed twice in ${String(networkPath[3])}`, "remove the second entry");
      seen.add(name);
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
    const subnets = { ipv4: ipv4Subnet(network), ipv6: ipv6Subnet(network) };
    for (const family of ["ipv4", "ipv6"]) {
      const text2 = network.gateway?.[family];
      const subnet = subnets[family];
      if (text2 === void 0) continue;
      if (!subnet) {
        report(["gateway", family], `an ${family} gateway is given but the network has no ${family} subnet`, `remove gateway.${family}`);
        continue;
      }
      const problem = unusableAddress(subnet, parseAddress(text2), void 0);
      if (problem) report(["gateway", family], `gateway ${text2} ${problem}`, `use a host address inside ${subnet.text}, e.g. ${addressText(family, subnet.first + 1n)}`);
    }
  }),
  perNetwork("static-address", "error", "A static container address lies inside the subnet, is not its network, broadcast or gateway address, and is unique in the network.", ({ network, path: networkPath }, report) => {
    const subnets = { ipv4: ipv4Subnet(network), ipv6: ipv6Subnet(network) };
    const taken = /* @__PURE__ */ new Map();
    for (const entry of containerEntries(network)) {
      for (const family of ["ipv4", "ipv6"]) {
        const text2 = entry[family];
        if (text2 === void 0) continue;
        const subnet = subnets[family];
        const where = `containers.${entry.name}.${family}`;
        const at = ["containers", entry.key, family];
        if (!subnet) {
          report(at, `${where}: the network has no ${family} subnet`, `remove ${family} from ${entry.name}`);
          continue;
        }
        const address2 = parseAddress(text2);
        const problem = unusableAddress(subnet, address2, gatewayOf(subnet, network.gateway?.[family]));
        if (problem) {
          report(at, `${where} ${text2} ${problem}`, `pick a free host address inside ${subnet.text}, e.g. ${addressText(family, subnet.first + 10n)}`);
          continue;
        }
        const key = `${family}:${address2.value}`;
        const holder = taken.get(key);
        if (holder !== void 0) report(at, `${where} ${text2} is also ${holder}'s address in ${String(networkPath[3])}`, "give each container its own address");
        taken.set(key, entry.name);
      }
    }
  }),
  {
    id: "podman-version-feature",
    severity: "error",
    summary: "A feature the host's podman is too old for (dns needs 4.4, isolate: strict 4.6) is refused.",
    check: (spec) => hostEntries(spec).flatMap(([host, config]) => {
      const version = config.podman?.version ?? defaultPodmanVersion;
      const rule = { id: "podman-version-feature", severity: "error" };
      return Object.entries(config.networks).flatMap(([name, network]) => [
        ...network.dns !== void 0 && !versionAtLeast(version, "4.4") ? [finding(rule, ["hosts", host, "networks", name, "dns"], `dns servers need \`podman network create --dns\` (podman 4.4 and later), but this host runs podman ${version}`, "remove dns (containers then use aardvark-dns with the host's resolvers), or raise podman.version if the host is newer")] : [],
        ...network.isolate === "strict" && !versionAtLeast(version, "4.6") ? [finding(rule, ["hosts", host, "networks", name, "isolate"], `isolate: strict needs netavark 1.7 (podman 4.6 and later), but this host runs podman ${version}`, "use isolate: true (blocks traffic between isolated networks only), or raise podman.version if the host is newer")] : []
      ]);
    })
  },
  {
    id: "subnet-overlap",
    severity: "error",
    summary: "No two networks on one host may overlap, in either family.",
    check: (spec) => {
      const found = [];
      for (const [host, config] of hostEntries(spec)) {
        const subnets = Object.entries(config.networks).flatMap(([name, network]) => {
          const ipv4 = ipv4Subnet(network);
          return [
            ...ipv4 ? [{ name, family: "ipv4", subnet: ipv4 }] : [],
            { name, family: "ipv6", subnet: ipv6Subnet(network) }
          ];
        });
        for (const [a, b] of findOverlaps(subnets, (item) => item.subnet)) {
          found.push(
            finding({ id: "subnet-overlap", severity: "error" }, ["hosts", host, "networks", b.name, b.family], `${b.subnet.text} (network ${b.name}) overlaps ${a.subnet.text} (network ${a.name})`, `give ${b.name} a ${b.family} subnet that does not overlap ${a.subnet.text}`)
          );
        }
      }
      return found;
    }
  },
  {
    id: "uplink-not-global",
    severity: "error",
    summary: "The uplink address must be a global unicast IPv6 address (2000::/3); the NAT66 source is this address.",
    check: (spec) => hostEntries(spec).flatMap(([host, config]) => {
      const hostAddress = uplinkAddress(config);
      if (containsAddress(wellKnown.globalUnicast, hostAddress)) return [];
      return [
        finding({ id: "uplink-not-global", severity: "error" }, ["hosts", host, "uplink", "ipv6", "address"], `${hostAddress.text} is not a global unicast address, so NAT66 to it cannot reach the IPv6 internet`, "give the host's global address (2000::/3) from `ip -6 addr show scope global`")
      ];
    })
  },
  {
    id: "uplink-documentation-prefix",
    severity: "warning",
    summary: "Warns when the uplink address is in the documentation prefix 2001:db8::/32.",
    check: (spec) => hostEntries(spec).flatMap(([host, config]) => {
      const hostAddress = uplinkAddress(config);
      if (!containsAddress(wellKnown.documentation, hostAddress)) return [];
      return [
        finding({ id: "uplink-documentation-prefix", severity: "warning" }, ["hosts", host, "uplink", "ipv6", "address"], `${hostAddress.text} is in 2001:db8::/32, the documentation prefix; it is never routed on the internet`, "use the host's real global address unless this spec is for a lab or test")
      ];
    })
  },
  {
    id: "uplink-slaac-accept-ra",
    severity: "info",
    summary: "With SLAAC addressing podnet sets accept_ra = 2 on the uplink, because forwarding makes Linux ignore router advertisements otherwise.",
    check: (spec) => hostEntries(spec).flatMap(
      ([host, config]) => config.uplink.ipv6.addressing !== "slaac" ? [] : [
        finding({ id: "uplink-slaac-accept-ra", severity: "info" }, ["hosts", host, "uplink", "ipv6", "addressing"], `net.ipv6.conf.${config.uplink.interface}.accept_ra will be set to 2: with forwarding on, Linux ignores router advertisements at accept_ra = 1 and the host would lose its SLAAC address and default route`, "nothing to do; set `addressing: static` if the address is configured statically")
      ]
    )
  },
  {
    id: "container-opt-in-and-untouched",
    severity: "error",
    summary: "A container cannot both join a podnet network and be listed as untouched.",
    check: (spec) => hostEntries(spec).flatMap(([host, config]) => {
      const untouched = config.untouched ?? [];
      return Object.entries(config.networks).flatMap(
        ([name, network]) => containerEntries(network).flatMap(
          ({ name: container, key }) => untouched.includes(container) ? [finding({ id: "container-opt-in-and-untouched", severity: "error" }, ["hosts", host, "networks", name, "containers", key], `container "${container}" joins ${name} but is also listed in untouched`, `remove "${container}" from untouched, or from ${name}'s containers`)] : []
        )
      );
    })
  },
  {
    id: "container-in-two-networks",
    severity: "error",
    summary: "A container joins at most one podnet network.",
    check: (spec) => hostEntries(spec).flatMap(([host, config]) => {
      const firstNetwork = /* @__PURE__ */ new Map();
      const found = [];
      for (const [name, network] of Object.entries(config.networks)) {
        for (const { name: container, key } of containerEntries(network)) {
          const earlier = firstNetwork.get(container);
          if (earlier !== void 0 && earlier !== name) {
            found.push(finding({ id: "container-in-two-networks", severity: "error" }, ["hosts", host, "networks", name, "containers", key], `container "${container}" already joins ${earlier}; podnet attaches a container to one network`, `keep "${container}" in one network's containers list`));
          } else {
            firstNetwork.set(container, name);
          }
        }
      }
      return found;
    })
  },
  {
    id: "no-hosts",
    severity: "warning",
    summary: "Warns when the spec names no host, so generate writes nothing.",
    check: (spec) => hostEntries(spec).length > 0 ? [] : [finding({ id: "no-hosts", severity: "warning" }, ["hosts"], "the spec names no host, so `podnet generate` writes nothing", "add a host under `hosts:` (`podnet init` writes a starter spec)")]
  },
  {
    id: "output-collision",
    severity: "error",
    summary: "Two hosts cannot write the same output file.",
    check: (spec, context) => {
      const owner = /* @__PURE__ */ new Map();
      const found = [];
      for (const [host, config] of hostEntries(spec)) {
        const resolved = path2.resolve(context.specDir, config.output);
        const first = owner.get(resolved);
        if (first !== void 0) {
          found.push(finding({ id: "output-collision", severity: "error" }, ["hosts", host, "output"], `${config.output} is also the output of host ${first}; one would overwrite the other`, `give ${host} its own file, e.g. hosts/${host}/podnet.nix`));
        } else {
          owner.set(resolved, host);
        }
      }
      return found;
    }
  }
];
function unusableAddress(subnet, address2, gateway) {
  if (!containsAddress(subnet, address2)) return `is outside ${subnet.text}`;
  if (address2.value === subnet.first) return `is the network address of ${subnet.text}`;
  if (subnet.family === "ipv4" && address2.value === subnet.last) return `is the broadcast address of ${subnet.text}`;
  if (gateway !== void 0 && parseAddress(gateway).value === address2.value) return `is the gateway of ${subnet.text}`;
  return void 0;
}
function validate(spec, context) {
  return rules.flatMap((rule) => rule.check(spec, context));
}

// src/pipeline.ts
function compile(file, text2) {
  const parsed = parseSpecText(file, text2);
  if (!parsed.ok) return { diagnostics: parsed.diagnostics, hosts: [] };
  const decoded = decode(parsed.value);
  if (!decoded.ok) return { diagnostics: decoded.diagnostics.map(parsed.source.locate), hosts: [] };
  const diagnostics = validate(decoded.spec, { specDir: path3.dirname(path3.resolve(file)) }).map(parsed.source.locate);
  if (hasErrors(diagnostics)) return { diagnostics, hosts: [] };
  const hosts = plan(decoded.spec, file).map((host) => ({ plan: host, content: renderHostModule(host) }));
  return { diagnostics, spec: decoded.spec, hosts, locate: parsed.source.locate };
}

export {
  specJsonSchema,
  compile
};
