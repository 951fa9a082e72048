/**
 * Host facts: what `ip -j addr` and `ip -j route` say about the target host, and the rules that
 * compare them with the spec (subnets colliding with the host's own addresses or routes, an
 * uplink address that is not on the named interface). Used by `validate --host-facts` with a
 * file, and by `check host` with the live host.
 */
import * as Result from "effect/Result";
import * as Schema from "effect/Schema";
import { type CatalogueEntry, type Diagnostic, severityIn } from "../compile/diagnostics.js";
import {
  type InterfaceAddress,
  subnet as knownSubnet,
  overlaps,
  parseInterfaceAddress,
  parsePrefix,
  type Subnet,
  sameSubnet,
} from "../compile/net/cidr.js";
import type { HostPlan } from "../compile/plan.js";
import type { CriterionId, CriterionOf } from "./criteria.js";

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
  readonly links: ReadonlyArray<{ ifname: string; addresses: ReadonlyArray<InterfaceAddress> }>;
  readonly routes: ReadonlyArray<{ subnet: Subnet; dev: string }>;
}

export function decodeHostFacts(value: unknown): { ok: true; facts: HostFacts } | { ok: false; reason: string } {
  const result = Schema.decodeUnknownResult(HostFacts)(value);
  return Result.isSuccess(result)
    ? { ok: true, facts: result.success }
    : {
        ok: false,
        reason:
          "expected the JSON of `ip -j addr`, or an object { addr, route, route6 } holding `ip -j addr`, `ip -j route` and `ip -j -6 route`",
      };
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
        const parsed = parseInterfaceAddress(`${info.local}/${info.prefixlen}`);
        return parsed.ok ? [parsed.value] : [];
      }),
    })),
    routes: routes.flatMap((route) => {
      if (route.dst === "default") return [];
      const subnet = parsePrefix(route.dst);
      return subnet.ok ? [{ subnet: subnet.value, dev: route.dev ?? "?" }] : [];
    }),
  };
}

const linkLocal = [knownSubnet("fe80::/10"), knownSubnet("169.254.0.0/16")];

/**
 * What the facts say about one host's part of the spec, structured: `validate --host-facts`
 * renders each as a diagnostic at its spec path, `check host` as a criterion of the live host.
 */
export type FactsFinding =
  | { readonly rule: "facts-subnet-collision"; readonly network: string; readonly subnet: Subnet; readonly clash: string }
  | { readonly rule: "facts-uplink-mismatch"; readonly problem: "no-interface"; readonly interfaces: ReadonlyArray<string> }
  | { readonly rule: "facts-uplink-mismatch"; readonly problem: "address-elsewhere"; readonly elsewhere?: string };

interface FactsRule<Id extends FactsFinding["rule"]> extends CatalogueEntry {
  readonly id: Id;
  /**
   * The `check host` criterion the rule feeds: each finding fails it at its `subject`; a host
   * where the rule finds nothing passes it with the lines `pass` gives (none, where only findings
   * are named).
   */
  readonly criterion: {
    readonly id: CriterionId<"host">;
    readonly subject: (host: HostPlan, finding: Extract<FactsFinding, { rule: Id }>) => string;
    readonly pass: (host: HostPlan) => ReadonlyArray<{ readonly subject: string; readonly evidence: string }>;
  };
  readonly check: (host: HostPlan, facts: Normalised) => ReadonlyArray<Extract<FactsFinding, { rule: Id }>>;
}
/** A rule, and its findings as `check host` criteria (built here, where the rule's findings have their own type). */
const defineFactsRule = <Id extends FactsFinding["rule"]>(rule: FactsRule<Id>) => ({
  ...rule,
  criteria: (host: HostPlan, facts: Normalised, source: string) => ruleCriteria(rule, host, facts, source),
});

// The network's own bridge (created by podman for this very network) is not a collision.
const ownBridge = (subnet: Subnet, other: Subnet, dev: string) => /^(podman|cni-podman)\d*$/u.test(dev) && sameSubnet(other, subnet);

/**
 * The host-facts rules: the catalogue (and the README's table), each with its check. The uplink
 * comes first, as in the spec, so its finding leads in both `validate` and `check host`.
 */
export const factsRules = [
  defineFactsRule({
    id: "facts-uplink-mismatch",
    severity: "error",
    summary: "The uplink interface exists and carries the uplink address (the hint names the interface that does).",
    criterion: {
      id: "uplink",
      subject: (host) => host.uplinkInterface,
      pass: (host) => [{ subject: host.uplinkInterface, evidence: `${host.uplink.address.text} is on ${host.uplinkInterface}` }],
    },
    check: (host, { links }) => {
      const uplink = links.find((link) => link.ifname === host.uplinkInterface);
      const address = host.uplink.address;
      if (!uplink) return [{ rule: "facts-uplink-mismatch", problem: "no-interface", interfaces: links.map((l) => l.ifname) }];
      if (uplink.addresses.some((a) => a.address.value === address.value)) return [];
      const elsewhere = links.find((link) => link.addresses.some((a) => a.address.value === address.value))?.ifname;
      return [{ rule: "facts-uplink-mismatch", problem: "address-elsewhere", ...(elsewhere === undefined ? {} : { elsewhere }) }];
    },
  }),
  defineFactsRule({
    id: "facts-subnet-collision",
    severity: "error",
    summary:
      "A network subnet must not collide with the host's own addresses or routes (a VPN route into 10.89.0.0/16, a LAN on 172.20.0.0/24 …).",
    // A host without collisions adds no line, as before: there is no network to name.
    criterion: { id: "subnet-collision", subject: (_host, finding) => finding.network, pass: () => [] },
    check: (host, { links, routes }) =>
      host.networks.flatMap((network) =>
        network.subnets.flatMap((subnet) => {
          const clash =
            links.flatMap((link) =>
              link.addresses
                .filter(
                  (a) =>
                    !linkLocal.some((l) => overlaps(l, a.subnet)) &&
                    overlaps(a.subnet, subnet) &&
                    !ownBridge(subnet, a.subnet, link.ifname),
                )
                .map((a) => `address ${a.address.text}/${a.prefix} on ${link.ifname}`),
            )[0] ??
            routes
              .filter((r) => overlaps(r.subnet, subnet) && !ownBridge(subnet, r.subnet, r.dev))
              .map((r) => `route ${r.subnet.text} via ${r.dev}`)[0];
          return clash ? [{ rule: "facts-subnet-collision" as const, network: network.name, subnet, clash }] : [];
        }),
      ),
  }),
] as const;

/** The rules' findings as `check host` criteria, each rule feeding the criterion it declares. */
export function factsCriteria(host: HostPlan, facts: HostFacts, source: string): CriterionOf<"host">[] {
  const normalised = normalise(facts);
  return factsRules.flatMap((rule) => rule.criteria(host, normalised, source));
}

function ruleCriteria<Id extends FactsFinding["rule"]>(
  rule: FactsRule<Id>,
  host: HostPlan,
  facts: Normalised,
  source: string,
): CriterionOf<"host">[] {
  const { id, subject, pass } = rule.criterion;
  const findings = rule.check(host, facts);
  if (findings.length === 0) return pass(host).map((line) => ({ id, status: "pass", ...line }));
  return findings.map((finding) => {
    const { message, hint } = explainFactsFinding(host, finding, source);
    return { id, subject: subject(host, finding), status: "fail", evidence: `${message}; ${hint}` };
  });
}

export function factsFindings(host: HostPlan, facts: HostFacts): FactsFinding[] {
  const normalised = normalise(facts);
  return factsRules.flatMap((rule): ReadonlyArray<FactsFinding> => rule.check(host, normalised));
}

/** What the finding says, and how to fix it; `source` names where the facts came from. */
function explainFactsFinding(host: HostPlan, finding: FactsFinding, source: string): { message: string; hint: string } {
  if (finding.rule === "facts-subnet-collision") {
    return {
      message: `${finding.subnet.text} (network ${finding.network}) collides with the host's ${finding.clash} (from ${source}); containers could not reach that range, and podman may refuse the subnet`,
      hint: `choose a ${finding.subnet.family} subnet that the host does not use (\`podnet ula\` makes a fresh IPv6 one)`,
    };
  }
  if (finding.problem === "no-interface") {
    return {
      message: `the host has no interface ${host.uplinkInterface} (from ${source}; it has ${finding.interfaces.join(", ") || "none"})`,
      hint: "set uplink.interface to the interface that carries the host's global IPv6 address",
    };
  }
  return {
    message: `${host.uplink.address.text} is not on ${host.uplinkInterface} (from ${source})${finding.elsewhere ? `; it is on ${finding.elsewhere}` : "; the host does not have it at all"}`,
    hint: finding.elsewhere
      ? `set uplink.interface to ${finding.elsewhere}`
      : `use an address from \`ip -6 addr show dev ${host.uplinkInterface} scope global\``,
  };
}

/** The finding as a diagnostic at the spec path it concerns. */
export function factsDiagnostic(host: HostPlan, finding: FactsFinding, source: string): Diagnostic {
  const base = ["hosts", host.host];
  const path =
    finding.rule === "facts-subnet-collision"
      ? [...base, "networks", finding.network, finding.subnet.family]
      : finding.problem === "no-interface"
        ? [...base, "uplink", "interface"]
        : [...base, "uplink", "ipv6", "address"];
  return { rule: finding.rule, severity: severityIn(factsRules, finding.rule), path, ...explainFactsFinding(host, finding, source) };
}
