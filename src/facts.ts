/**
 * Host facts: what `ip -j addr` and `ip -j route` say about the target host, and the rules that
 * compare them with the spec (subnets colliding with the host's own addresses or routes, an
 * uplink address that is not on the named interface). Used by `validate --host-facts` with a
 * file, and by `check host` with the live host.
 */
import * as Result from "effect/Result";
import * as Schema from "effect/Schema";
import type { Diagnostic } from "./diagnostics.js";
import { overlaps, parseAddress, parseSubnet, subnet as knownSubnet, type Address, type Subnet } from "./net/cidr.js";
import type { HostPlan } from "./plan.js";

const AddrInfo = Schema.Struct({
  family: Schema.String,
  local: Schema.optionalKey(Schema.String),
  prefixlen: Schema.optionalKey(Schema.Number),
});
const Link = Schema.Struct({ ifname: Schema.String, addr_info: Schema.optionalKey(Schema.Array(AddrInfo)) });
const Route = Schema.Struct({ dst: Schema.String, dev: Schema.optionalKey(Schema.String) });

/** Either `ip -j addr` alone, or `{ "addr": …, "route": …, "route6": … }`. */
export const HostFacts = Schema.Union([
  Schema.Array(Link),
  Schema.Struct({
    addr: Schema.Array(Link),
    route: Schema.optionalKey(Schema.Array(Route)),
    route6: Schema.optionalKey(Schema.Array(Route)),
  }),
]);
export type HostFacts = typeof HostFacts.Type;

interface Normalised {
  readonly links: ReadonlyArray<{ ifname: string; addresses: ReadonlyArray<{ address: Address; subnet: Subnet }> }>;
  readonly routes: ReadonlyArray<{ subnet: Subnet; dev: string }>;
}

export function decodeHostFacts(value: unknown): { ok: true; facts: HostFacts } | { ok: false; reason: string } {
  const result = Schema.decodeUnknownResult(HostFacts)(value);
  return Result.isSuccess(result)
    ? { ok: true, facts: result.success }
    : { ok: false, reason: "expected the JSON of `ip -j addr`, or an object { addr, route, route6 } holding `ip -j addr`, `ip -j route` and `ip -j -6 route`" };
}

function normalise(facts: HostFacts): Normalised {
  const { addr, route = [], route6 = [] } = "addr" in facts ? facts : { addr: facts as ReadonlyArray<typeof Link.Type> };
  const routes = [...route, ...route6];
  return {
    links: addr.map((link) => ({
      ifname: link.ifname,
      // `ip -j` prints what the kernel has; anything that does not parse is not an address podnet compares.
      addresses: (link.addr_info ?? []).flatMap((info) => {
        if (info.local === undefined || info.prefixlen === undefined) return [];
        const address = parseAddress(info.local);
        const subnet = parseSubnet(`${info.local}/${info.prefixlen}`);
        return address.ok && subnet.ok ? [{ address: address.value, subnet: subnet.value }] : [];
      }),
    })),
    routes: routes.flatMap((route) => {
      if (route.dst === "default") return [];
      const text = route.dst.includes("/") ? route.dst : `${route.dst}/${route.dst.includes(":") ? 128 : 32}`;
      const subnet = parseSubnet(text);
      return subnet.ok ? [{ subnet: subnet.value, dev: route.dev ?? "?" }] : [];
    }),
  };
}

const linkLocal = [knownSubnet("fe80::/10"), knownSubnet("169.254.0.0/16")];

/** The spec's view checked against the host's facts; `source` names where the facts came from. */
export function checkHostFacts(host: HostPlan, facts: HostFacts, source: string): Diagnostic[] {
  const { links, routes } = normalise(facts);
  const found: Diagnostic[] = [];
  const base = ["hosts", host.host];

  for (const network of host.networks) {
    // The network's own bridge (created by podman for this very network) is not a collision.
    const ours = (subnet: Subnet, other: Subnet, dev: string) => /^(podman|cni-podman)\d*$/u.test(dev) && other.first === subnet.first && other.last === subnet.last;
    for (const subnet of [network.ipv4, network.ipv6].filter((s): s is Subnet => s !== undefined)) {
      const field = [...base, "networks", network.name, subnet.family];
      const clash =
        links.flatMap((link) => link.addresses.filter((a) => !linkLocal.some((l) => overlaps(l, a.subnet)) && overlaps(a.subnet, subnet) && !ours(subnet, a.subnet, link.ifname)).map((a) => `address ${a.address.text}/${a.subnet.prefix} on ${link.ifname}`))[0] ??
        routes.filter((r) => overlaps(r.subnet, subnet) && !ours(subnet, r.subnet, r.dev)).map((r) => `route ${r.subnet.text} via ${r.dev}`)[0];
      if (clash) {
        found.push({
          rule: "facts-subnet-collision",
          severity: "error",
          message: `${subnet.text} (network ${network.name}) collides with the host's ${clash} (from ${source}); containers could not reach that range, and podman may refuse the subnet`,
          hint: `choose a ${subnet.family} subnet that the host does not use (\`podnet ula\` makes a fresh IPv6 one)`,
          path: field,
        });
      }
    }
  }

  const uplink = links.find((link) => link.ifname === host.uplinkInterface);
  const address = host.uplink.address;
  if (!uplink) {
    found.push({
      rule: "facts-uplink-mismatch",
      severity: "error",
      message: `the host has no interface ${host.uplinkInterface} (from ${source}; it has ${links.map((l) => l.ifname).join(", ") || "none"})`,
      hint: "set uplink.interface to the interface that carries the host's global IPv6 address",
      path: [...base, "uplink", "interface"],
    });
  } else if (!uplink.addresses.some((a) => a.address.value === address.value)) {
    const elsewhere = links.find((link) => link.addresses.some((a) => a.address.value === address.value));
    found.push({
      rule: "facts-uplink-mismatch",
      severity: "error",
      message: `${address.text} is not on ${host.uplinkInterface} (from ${source})${elsewhere ? `; it is on ${elsewhere.ifname}` : "; the host does not have it at all"}`,
      hint: elsewhere ? `set uplink.interface to ${elsewhere.ifname}` : `use an address from \`ip -6 addr show dev ${host.uplinkInterface} scope global\``,
      path: [...base, "uplink", "ipv6", "address"],
    });
  }
  return found;
}

export const hostFactsRules = [
  { id: "facts-subnet-collision", severity: "error", summary: "With --host-facts: a network subnet must not collide with the host's own addresses or routes." },
  { id: "facts-uplink-mismatch", severity: "error", summary: "With --host-facts: the uplink interface exists and carries the uplink address." },
] as const;
