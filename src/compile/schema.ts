/**
 * The spec's single source of truth: TypeScript types, the decoder, its error paths and the JSON
 * Schema for editors all come from these definitions.
 *
 * The schema checks shape and syntax (is this CIDR notation, is this name allowed). Meaning
 * (is the subnet private, do two networks overlap) is left to the rules in rules.ts.
 */
import * as Effect from "effect/Effect";
import * as Option from "effect/Option";
import * as Schema from "effect/Schema";
import * as SchemaGetter from "effect/SchemaGetter";
import * as SchemaIssue from "effect/SchemaIssue";
import {
  type Address,
  type InterfaceAddress,
  type Parsed,
  parseAddress,
  parseInterfaceAddress,
  parseSubnet,
  type Subnet,
} from "./net/cidr.js";
import { type PodmanVersion, podmanVersionOf, podmanVersionPattern } from "./podman-version.js";

/** Annotations podnet reads back when it turns a decode failure into a diagnostic. */
type Explained = {
  readonly message: string;
  readonly hint: string;
  readonly expected: string;
};

// podman's own rule for network and container names (libpod/define: NameRegex), capped so the
// derived systemd unit names stay readable. Starting with a letter or digit also keeps every name
// from ever being read as a command-line option.
const podmanName = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/u;
export const maxNameLength = 63;

/** Whether `name` passes the allow-list of host, network and container names. */
export const isAllowListedName = (name: string): boolean => podmanName.test(name) && name.length <= maxNameLength;

function allowListedName(what: string, example: string) {
  const explained: Explained = {
    message: `is not a valid ${what}`,
    hint: `use ASCII letters, digits, '_', '.' and '-', starting with a letter or digit, at most ${maxNameLength} characters (e.g. ${example})`,
    expected: `a ${what}`,
  };
  return Schema.String.check(Schema.isPattern(podmanName, explained), Schema.isMaxLength(maxNameLength, explained)).pipe(
    Schema.annotate({ description: `${what[0]!.toUpperCase()}${what.slice(1)}: ${explained.hint}.` }),
  );
}

export const HostName = allowListedName("host name", "web-arm").pipe(Schema.brand("HostName"));
export const NetworkName = allowListedName("podman network name", "v6egress").pipe(Schema.brand("NetworkName"));
export const ContainerName = allowListedName("container name", "collabora").pipe(Schema.brand("ContainerName"));

// Linux dev_valid_name(): 1–15 bytes, no '/', ':' or whitespace, not "." or "..". podnet allows a
// strict subset so the name is also a safe shell word and Nix attribute, and one that does not
// start with a dot: a sysctl glob such as net.ipv6.conf.*.accept_ra skips such a name at boot.
const interfaceExplained: Explained = {
  message: "is not a valid Linux interface name",
  hint: "use 1–15 ASCII letters, digits, '_', '.' or '-', not starting with '.' (e.g. enp1s0); check `ip link` on the host",
  expected: "a Linux interface name",
};
export const InterfaceName = Schema.String.check(Schema.isPattern(/^(?!\.)[A-Za-z0-9_.-]{1,15}$/u, interfaceExplained)).pipe(
  Schema.brand("InterfaceName"),
  Schema.annotate({ description: "Uplink interface name as `ip link` shows it." }),
);

/**
 * Text that decodes to a parsed value (a subnet, an address): the spec is parsed once, here, and
 * every later stage works on the parsed value. The encoded side stays the text as written, so the
 * JSON Schema shows a string; text that does not parse is a finding that says why and how to fix it.
 */
function parsedText<T extends { readonly written: string }>(
  parse: (text: string) => Parsed<T>,
  explained: Explained,
  description: string,
  is: (u: unknown) => u is T,
) {
  return Schema.String.pipe(
    Schema.decodeTo(Schema.declare(is, { expected: explained.expected }), {
      decode: SchemaGetter.transformEffect((text: string, options) => {
        const result = parse(text);
        return result.ok
          ? Effect.succeed(result.value)
          : Effect.fail(
              new SchemaIssue.InvalidValue({ message: result.reason, hint: explained.hint } as never, Option.some(text), options),
            );
      }),
      encode: SchemaGetter.transform((value: T) => value.written),
    }),
    Schema.annotate({ description, expected: explained.expected }),
  );
}

const isSubnet = (u: unknown): u is Subnet => typeof u === "object" && u !== null && "first" in u && "hostBits" in u;
const isAddress = (u: unknown): u is Address => typeof u === "object" && u !== null && "value" in u && "family" in u;
const isPodmanVersion = (u: unknown): u is PodmanVersion => typeof u === "object" && u !== null && "parts" in u && "written" in u;
const isInterfaceAddress = (u: unknown): u is InterfaceAddress => typeof u === "object" && u !== null && "address" in u && "subnet" in u;

export const Ipv4Cidr = parsedText(
  (text) => parseSubnet(text, "ipv4"),
  {
    message: "is not an IPv4 subnet in CIDR notation",
    hint: "write it as address/prefix, e.g. 172.20.0.0/24",
    expected: "an IPv4 CIDR subnet",
  },
  "Private IPv4 subnet (RFC 1918, clear of podman's 10.88.0.0/16), e.g. 172.20.0.0/24.",
  isSubnet,
);

export const Ipv6Cidr = parsedText(
  (text) => parseSubnet(text, "ipv6"),
  {
    message: "is not an IPv6 prefix in CIDR notation",
    hint: "write it as prefix/length, e.g. fdaa:bbcc:ddee::/64 (`podnet ula` makes a fresh one)",
    expected: "an IPv6 CIDR prefix",
  },
  "ULA IPv6 /64 from fd00::/8, e.g. fdaa:bbcc:ddee::/64.",
  isSubnet,
);

export const UplinkAddress = parsedText(
  (text) => parseInterfaceAddress(text, "ipv6"),
  {
    message: "is not an IPv6 interface address in CIDR notation",
    hint: "write the host's global address with its prefix length, as `ip -6 addr` shows it, e.g. 2a01:4f8:c012:43b::1/64",
    expected: "an IPv6 address with prefix length",
  },
  "The host's global IPv6 address on the uplink, with prefix length.",
  isInterfaceAddress,
);

export const OutputPath = Schema.String.check(
  Schema.isPattern(/^(?!\/)(?!.*\/\/)[A-Za-z0-9_./+-]+\.nix$/u, {
    message: "is not a usable output path",
    hint: "give a relative path ending in .nix, using letters, digits, '_', '.', '/', '+' and '-' (e.g. hosts/web-arm/podnet.nix)",
    expected: "a relative .nix path",
  }),
).pipe(Schema.brand("OutputPath"), Schema.annotate({ description: "Where this host's module is written, relative to the spec file." }));

export const Addressing = Schema.Literals(["static", "slaac"]).annotate({
  description: "How the uplink gets its IPv6 address: `static` or `slaac` (router advertisements).",
  hint: "use `static` for a configured address, `slaac` when router advertisements assign it",
});

function addressOf(family: "ipv4" | "ipv6" | undefined, example: string) {
  const what = family === undefined ? "an IP address" : `an ${family === "ipv4" ? "IPv4" : "IPv6"} address`;
  return parsedText(
    (text) => parseAddress(text, family),
    {
      message: `is not ${what}`,
      hint: `write a plain ${family === undefined ? "IPv4 or IPv6" : family === "ipv4" ? "IPv4" : "IPv6"} address without prefix length, e.g. ${example}`,
      expected: what,
    },
    `${what[0]!.toUpperCase()}${what.slice(1)}.`,
    isAddress,
  );
}

export const Ipv4Address = addressOf("ipv4", "172.20.0.10");
export const Ipv6Address = addressOf("ipv6", "fdaa:bbcc:ddee::10");
export const IpAddress = addressOf(undefined, "9.9.9.9 or 2620:fe::fe");

export const Mode = Schema.Literals(["dual-stack", "ipv6-only"]).annotate({
  description: "dual-stack (default): an IPv4 and an IPv6 subnet; ipv6-only: only the IPv6 subnet.",
  hint: "use `dual-stack` (needs ipv4 and ipv6) or `ipv6-only` (ipv6 only)",
});

export const StaticAddresses = Schema.Struct({
  ipv4: Schema.optionalKey(Ipv4Address),
  ipv6: Schema.optionalKey(Ipv6Address),
}).annotate({ description: "Fixed addresses for this container on this network (podman --ip / --ip6)." });

/** A container that joins a network, whichever way the spec wrote the list. */
export interface ContainerEntry {
  readonly name: typeof ContainerName.Type;
  readonly ipv4?: Address;
  readonly ipv6?: Address;
  /** Position in the spec: list index, or the mapping key. */
  readonly key: string | number;
}
const isContainerEntry = (u: unknown): u is ContainerEntry => typeof u === "object" && u !== null && "name" in u && "key" in u;

type WrittenContainers = ReadonlyArray<typeof ContainerName.Type> | { readonly [name: string]: typeof StaticAddresses.Type };

function containerEntriesOf(written: WrittenContainers): ReadonlyArray<ContainerEntry> {
  if (Array.isArray(written)) return (written as ReadonlyArray<typeof ContainerName.Type>).map((name, index) => ({ name, key: index }));
  return Object.entries(written as { readonly [name: string]: typeof StaticAddresses.Type }).map(([name, addresses]) => ({
    name: name as typeof ContainerName.Type,
    key: name,
    ...(addresses.ipv4 === undefined ? {} : { ipv4: addresses.ipv4 }),
    ...(addresses.ipv6 === undefined ? {} : { ipv6: addresses.ipv6 }),
  }));
}

function writtenContainers(entries: ReadonlyArray<ContainerEntry>): WrittenContainers {
  if (entries.every((entry) => typeof entry.key === "number")) return entries.map((entry) => entry.name);
  return Object.fromEntries(
    entries.map((entry) => [
      entry.name,
      { ...(entry.ipv4 === undefined ? {} : { ipv4: entry.ipv4 }), ...(entry.ipv6 === undefined ? {} : { ipv6: entry.ipv6 }) },
    ]),
  );
}

/** Decoded to one list of entries, so no later stage tells the two written forms apart again. */
export const Containers = Schema.Union([
  Schema.Array(ContainerName).annotate({ expected: "a list of container names" }),
  Schema.Record(ContainerName, StaticAddresses).annotate({ expected: "a mapping of container name to addresses" }),
])
  .annotate({
    description: "Containers (virtualisation.oci-containers names) that join this network: a list, or a mapping with static addresses.",
    hint: "write a list ([app, worker]) or a mapping (app: { ipv4: 172.20.0.10, ipv6: fdaa:bbcc:ddee::10 })",
  })
  .pipe(
    Schema.decodeTo(Schema.Array(Schema.declare(isContainerEntry, { expected: "container entries" })), {
      decode: SchemaGetter.transform(containerEntriesOf),
      encode: SchemaGetter.transform(writtenContainers),
    }),
  );

export const Network = Schema.Struct({
  mode: Schema.optionalKey(Mode),
  ipv4: Schema.optionalKey(Ipv4Cidr),
  ipv6: Ipv6Cidr,
  internal: Schema.optionalKey(Schema.Boolean.annotate({ description: "No egress at all: podman --internal (isolated workloads)." })),
  isolate: Schema.optionalKey(
    Schema.Union([Schema.Boolean, Schema.Literal("strict")]).annotate({
      description:
        "true: no traffic between this and other isolated podman networks (netavark isolate, as docker/CNI); strict: none with any other podman network (podman 4.6+).",
      hint: "use true, false or strict",
    }),
  ),
  mtu: Schema.optionalKey(
    Schema.Number.check(
      Schema.makeFilter((n: number) => Number.isInteger(n) && n >= 1280 && n <= 65535, {
        message: "is not a usable MTU",
        hint: "use a whole number from 1280 (the IPv6 minimum) to 65535, e.g. 1400 behind a tunnel",
        expected: "an MTU from 1280 to 65535",
      }),
    ).annotate({ description: "Bridge MTU (podman --opt mtu)." }),
  ),
  gateway: Schema.optionalKey(
    Schema.Struct({ ipv4: Schema.optionalKey(Ipv4Address), ipv6: Schema.optionalKey(Ipv6Address) }).annotate({
      description: "Custom gateway addresses (default: the first address of each subnet).",
    }),
  ),
  dns: Schema.optionalKey(
    Schema.Array(IpAddress).annotate({ description: "DNS servers aardvark-dns forwards to (podman network create --dns, podman 4.4+)." }),
  ),
  containers: Schema.optionalKey(Containers),
}).annotate({ description: "An opt-in podman bridge network: dual-stack (default) or IPv6-only." });

export const Uplink = Schema.Struct({
  interface: InterfaceName,
  ipv6: Schema.Struct({
    address: UplinkAddress,
    addressing: Addressing,
  }),
});

export const Host = Schema.Struct({
  output: OutputPath,
  uplink: Uplink,
  networks: Schema.Record(NetworkName, Network),
  untouched: Schema.optionalKey(Schema.Array(ContainerName)).annotate({
    description: "Containers that must stay on podman's default network; podnet asserts nobody moved them.",
  }),
  podman: Schema.optionalKey(
    Schema.Struct({
      // The pattern stays on the text, so editors check it through the JSON Schema too.
      version: Schema.String.check(
        Schema.isPattern(podmanVersionPattern, {
          message: "is not a podman version",
          hint: "write major.minor as `podman --version` on the host shows it, e.g. 4.3 or 5.0",
          expected: "a version like 5.0",
        }),
      ).pipe(
        Schema.decodeTo(Schema.declare(isPodmanVersion, { expected: "a version like 5.0" }), {
          decode: SchemaGetter.transform(podmanVersionOf),
          encode: SchemaGetter.transform((version: PodmanVersion) => version.written),
        }),
      ),
    }).annotate({ description: "The host's podman: flags newer than this version are refused (default 5.0, as in NixOS 25.05/25.11)." }),
  ),
});

export const Spec = Schema.Struct({
  version: Schema.Literal(1).annotate({ hint: "podnet understands spec version 1; write `version: 1`" }),
  hosts: Schema.Record(HostName, Host),
}).annotate({ title: "podnet spec", description: "Dual-stack podman networks for NixOS hosts." });

export type Spec = typeof Spec.Type;
export type Host = typeof Host.Type;
export type Network = typeof Network.Type;
export type HostName = typeof HostName.Type;
export type NetworkName = typeof NetworkName.Type;
export type ContainerName = typeof ContainerName.Type;
export type StaticAddresses = typeof StaticAddresses.Type;

export const decodeOptions = { errors: "all", onExcessProperty: "error" } as const;

export function specJsonSchema(): unknown {
  const document = Schema.toJsonSchemaDocument(Spec, { onExcessProperty: "error" });
  return { $schema: "https://json-schema.org/draft/2020-12/schema", ...(document.schema as object), $defs: document.definitions };
}
