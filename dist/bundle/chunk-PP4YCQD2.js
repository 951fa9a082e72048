import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  podmanVersionOf,
  podmanVersionPattern
} from "./chunk-YDHEUPTJ.js";
import {
  ArraySchema,
  Boolean,
  InvalidValue,
  Literal,
  Literals,
  Number as Number2,
  Record,
  String,
  Struct,
  Union,
  annotate,
  brand,
  declare,
  decodeTo,
  fail,
  isMaxLength,
  isPattern,
  makeFilter,
  optionalKey,
  some,
  succeed,
  toJsonSchemaDocument,
  transform,
  transformEffect
} from "./chunk-DTFT4EZT.js";
import {
  parseAddress,
  parseInterfaceAddress,
  parseSubnet
} from "./chunk-4AY7RP2N.js";

// src/compile/schema.ts
var podmanName = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/u;
var maxNameLength = 63;
function allowListedName(what, example) {
  const explained = {
    message: `is not a valid ${what}`,
    hint: `use ASCII letters, digits, '_', '.' and '-', starting with a letter or digit, at most ${maxNameLength} characters (e.g. ${example})`,
    expected: `a ${what}`
  };
  return String.check(isPattern(podmanName, explained), isMaxLength(maxNameLength, explained)).pipe(
    annotate({ description: `${what[0].toUpperCase()}${what.slice(1)}: ${explained.hint}.` })
  );
}
var HostName = allowListedName("host name", "web-arm").pipe(brand("HostName"));
var NetworkName = allowListedName("podman network name", "v6egress").pipe(brand("NetworkName"));
var ContainerName = allowListedName("container name", "collabora").pipe(brand("ContainerName"));
var interfaceExplained = {
  message: "is not a valid Linux interface name",
  hint: "use 1\u201315 ASCII letters, digits, '_', '.' or '-', not starting with '.' (e.g. enp1s0); check `ip link` on the host",
  expected: "a Linux interface name"
};
var InterfaceName = String.check(isPattern(/^(?!\.)[A-Za-z0-9_.-]{1,15}$/u, interfaceExplained)).pipe(
  brand("InterfaceName"),
  annotate({ description: "Uplink interface name as `ip link` shows it." })
);
function parsedText(parse, explained, description, is) {
  return String.pipe(
    decodeTo(declare(is, { expected: explained.expected }), {
      decode: transformEffect((text, options) => {
        const result = parse(text);
        return result.ok ? succeed(result.value) : fail(
          new InvalidValue({ message: result.reason, hint: explained.hint }, some(text), options)
        );
      }),
      encode: transform((value) => value.written)
    }),
    annotate({ description, expected: explained.expected })
  );
}
var isSubnet = (u) => typeof u === "object" && u !== null && "first" in u && "hostBits" in u;
var isAddress = (u) => typeof u === "object" && u !== null && "value" in u && "family" in u;
var isPodmanVersion = (u) => typeof u === "object" && u !== null && "parts" in u && "written" in u;
var isInterfaceAddress = (u) => typeof u === "object" && u !== null && "address" in u && "subnet" in u;
var Ipv4Cidr = parsedText(
  (text) => parseSubnet(text, "ipv4"),
  {
    message: "is not an IPv4 subnet in CIDR notation",
    hint: "write it as address/prefix, e.g. 172.20.0.0/24",
    expected: "an IPv4 CIDR subnet"
  },
  "Private IPv4 subnet (RFC 1918, clear of podman's 10.88.0.0/16), e.g. 172.20.0.0/24.",
  isSubnet
);
var Ipv6Cidr = parsedText(
  (text) => parseSubnet(text, "ipv6"),
  {
    message: "is not an IPv6 prefix in CIDR notation",
    hint: "write it as prefix/length, e.g. fdaa:bbcc:ddee::/64 (`podnet ula` makes a fresh one)",
    expected: "an IPv6 CIDR prefix"
  },
  "ULA IPv6 /64 from fd00::/8, e.g. fdaa:bbcc:ddee::/64.",
  isSubnet
);
var UplinkAddress = parsedText(
  (text) => parseInterfaceAddress(text, "ipv6"),
  {
    message: "is not an IPv6 interface address in CIDR notation",
    hint: "write the host's global address with its prefix length, as `ip -6 addr` shows it, e.g. 2a01:4f8:c012:43b::1/64",
    expected: "an IPv6 address with prefix length"
  },
  "The host's global IPv6 address on the uplink, with prefix length.",
  isInterfaceAddress
);
var OutputPath = String.check(
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
  return parsedText(
    (text) => parseAddress(text, family),
    {
      message: `is not ${what}`,
      hint: `write a plain ${family === void 0 ? "IPv4 or IPv6" : family === "ipv4" ? "IPv4" : "IPv6"} address without prefix length, e.g. ${example}`,
      expected: what
    },
    `${what[0].toUpperCase()}${what.slice(1)}.`,
    isAddress
  );
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
var isContainerEntry = (u) => typeof u === "object" && u !== null && "name" in u && "key" in u;
function containerEntriesOf(written) {
  if (Array.isArray(written)) return written.map((name, index) => ({ name, key: index }));
  return Object.entries(written).map(([name, addresses]) => ({
    name,
    key: name,
    ...addresses.ipv4 === void 0 ? {} : { ipv4: addresses.ipv4 },
    ...addresses.ipv6 === void 0 ? {} : { ipv6: addresses.ipv6 }
  }));
}
function writtenContainers(entries) {
  if (entries.every((entry) => typeof entry.key === "number")) return entries.map((entry) => entry.name);
  return Object.fromEntries(
    entries.map((entry) => [
      entry.name,
      { ...entry.ipv4 === void 0 ? {} : { ipv4: entry.ipv4 }, ...entry.ipv6 === void 0 ? {} : { ipv6: entry.ipv6 } }
    ])
  );
}
var Containers = Union([
  ArraySchema(ContainerName).annotate({ expected: "a list of container names" }),
  Record(ContainerName, StaticAddresses).annotate({ expected: "a mapping of container name to addresses" })
]).annotate({
  description: "Containers (virtualisation.oci-containers names) that join this network: a list, or a mapping with static addresses.",
  hint: "write a list ([app, worker]) or a mapping (app: { ipv4: 172.20.0.10, ipv6: fdaa:bbcc:ddee::10 })"
}).pipe(
  decodeTo(ArraySchema(declare(isContainerEntry, { expected: "container entries" })), {
    decode: transform(containerEntriesOf),
    encode: transform(writtenContainers)
  })
);
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
  dns: optionalKey(
    ArraySchema(IpAddress).annotate({ description: "DNS servers aardvark-dns forwards to (podman network create --dns, podman 4.4+)." })
  ),
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
      // The pattern stays on the text, so editors check it through the JSON Schema too.
      version: String.check(
        isPattern(podmanVersionPattern, {
          message: "is not a podman version",
          hint: "write major.minor as `podman --version` on the host shows it, e.g. 4.3 or 5.0",
          expected: "a version like 5.0"
        })
      ).pipe(
        decodeTo(declare(isPodmanVersion, { expected: "a version like 5.0" }), {
          decode: transform(podmanVersionOf),
          encode: transform((version) => version.written)
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

export {
  Spec,
  decodeOptions,
  specJsonSchema
};
