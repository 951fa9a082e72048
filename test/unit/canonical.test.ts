/**
 * Class: values that must be normalized or refused, never passed on raw. Every address the spec
 * gives (subnets, gateways, static addresses, dns servers, the uplink) reaches the module in the
 * canonical form podman and the kernel print (RFC 5952 for IPv6), whatever spelling the spec
 * used; a value with a zone index, or that is no address at all, is a positioned finding.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { brief, runs } from "../support/fuzz.js";
import { compileSpec, type RawSpec, webArm } from "../support/spec.js";

/** RFC 5952 text of eight 16-bit groups: lower case, no leading zeros, the longest run (≥ 2) of zero groups as "::", the first on a tie. */
function rfc5952(groups: ReadonlyArray<number>): string {
  let best = { start: -1, length: 0 };
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > best.length) best = { start: i, length: j - i };
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best.length < 2) return hex.join(":");
  return `${hex.slice(0, best.start).join(":")}::${hex.slice(best.start + best.length).join(":")}`;
}

/** Another valid spelling of the same groups: case, leading zeros, and where (if at all) "::" goes. */
const spelling = (groups: ReadonlyArray<number>) =>
  fc
    .tuple(
      fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
      fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 8, maxLength: 8 }),
      fc.nat(),
    )
    .map(([upper, pad, pick]) => {
      const words = groups.map((g, i) => {
        const text = g.toString(16).padStart(Math.min(4, g.toString(16).length + pad[i]!), "0");
        return upper[i] ? text.toUpperCase() : text;
      });
      const runs: Array<[number, number]> = [];
      for (let i = 0; i < 8; i++) for (let j = i; j < 8 && groups[j] === 0; j++) runs.push([i, j + 1]);
      if (runs.length === 0 || pick % 3 === 0) return words.join(":");
      const [start, end] = runs[pick % runs.length]!;
      return `${words.slice(0, start).join(":")}::${words.slice(end).join(":")}`;
    });

// Groups inside fdaa:bbcc:ddee::/64, with zero runs likely (they are what spellings disagree on).
const hostGroups = fc
  .array(fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 0xffff })), { minLength: 4, maxLength: 4 })
  .filter((tail) => tail.some((g) => g !== 0) && !(tail[0] === 0 && tail[1] === 0 && tail[2] === 0 && tail[3] === 1))
  .map((tail) => [0xfdaa, 0xbbcc, 0xddee, 0, ...tail]);

describe("canonical forms reach the module", () => {
  it("a gateway, a static address and a dns server in any spelling become RFC 5952 text", () => {
    fc.assert(
      fc.property(
        hostGroups.chain((g) => spelling(g).map((s) => [g, s] as const)),
        hostGroups.chain((g) => spelling(g).map((s) => [g, s] as const)),
        fc
          .constantFrom([0x2620, 0xfe, 0, 0, 0, 0, 0, 0xfe], [0x2001, 0x4860, 0x4860, 0, 0, 0, 0, 0x8888])
          .chain((g) => spelling(g).map((s) => [g, s] as const)),
        ([gatewayGroups, gatewayText], [staticGroups, staticText], [dnsGroups, dnsText]) => {
          fc.pre(rfc5952(gatewayGroups) !== rfc5952(staticGroups));
          const spec = webArm();
          const network = spec.hosts["web-arm"].networks.v6egress;
          network.gateway = { ipv6: gatewayText };
          network.containers = { throwaway: { ipv6: staticText } };
          network.dns = [dnsText];
          const compiled = compileSpec(spec);
          const plan = compiled.hosts[0]?.plan;
          expect(plan, brief(compiled.diagnostics)).toBeDefined();
          const created = plan!.networks[0]!.createArgs;
          expect(created).toContain(rfc5952(gatewayGroups));
          expect(created).toContain(rfc5952(dnsGroups));
          expect(plan!.networks[0]!.wantedGateways.split(" ")).toContain(rfc5952(gatewayGroups));
          expect(plan!.networks[0]!.containers[0]!.addressOptions).toEqual([`--ip6=${rfc5952(staticGroups)}`]);
          // Nothing the spec wrote in another spelling survives into the module.
          const module = compiled.hosts[0]!.content;
          for (const written of [gatewayText, staticText, dnsText])
            if (written !== written.toLowerCase() || written.includes(":0")) expect(module).not.toContain(`=${written}`);
        },
      ),
      runs(300),
    );
  });

  it("subnets and the uplink are compared and printed canonically too", () => {
    const spec = webArm();
    const host = spec.hosts["web-arm"];
    host.networks.v6egress.ipv6 = "FDAA:BBCC:DDEE:0000::/064".replace("/064", "/64");
    host.uplink.ipv6.address = "2A01:04F8:C012:043B:0:0:0:1/64";
    const plan = compileSpec(spec).hosts[0]!.plan;
    expect(plan.networks[0]!.wantedSubnets).toBe("10.89.0.0/24 fdaa:bbcc:ddee::/64");
    expect(plan.uplink.address.text).toBe("2a01:4f8:c012:43b::1");
  });
});

describe("values that are no address are positioned findings, never a crash", () => {
  const fields: Array<[string, (spec: RawSpec, value: string) => void, string[]]> = [
    ["ipv6 subnet", (s, v) => (s.hosts["web-arm"].networks.v6egress.ipv6 = v), ["networks", "v6egress", "ipv6"]],
    ["ipv4 subnet", (s, v) => (s.hosts["web-arm"].networks.v6egress.ipv4 = v), ["networks", "v6egress", "ipv4"]],
    ["gateway", (s, v) => (s.hosts["web-arm"].networks.v6egress.gateway = { ipv6: v }), ["gateway", "ipv6"]],
    ["static address", (s, v) => (s.hosts["web-arm"].networks.v6egress.containers = { throwaway: { ipv6: v } }), ["throwaway", "ipv6"]],
    ["dns server", (s, v) => (s.hosts["web-arm"].networks.v6egress.dns = [v]), ["dns", "0"]],
    ["uplink", (s, v) => (s.hosts["web-arm"].uplink.ipv6.address = v), ["uplink", "ipv6", "address"]],
  ];

  it("a zone index anywhere says so, at the field", () => {
    for (const [what, set, at] of fields) {
      for (const value of [
        "fdaa:bbcc:ddee::%eth0/64",
        "fe80::1%eth0",
        "fdaa:bbcc:ddee::1%25eth0",
        "fe80::1%eth0/64",
        "fdaa:bbcc:ddee::%/64",
      ]) {
        const spec = webArm();
        set(spec, value);
        const found = compileSpec(spec).diagnostics.filter((d) => d.severity === "error");
        expect(found.length, `${what} ${value}`).toBeGreaterThan(0);
        expect(found[0]!.path.slice(-at.length).map(String), `${what} ${value}`).toEqual(at);
        if (value.includes("%"))
          expect(
            found.some((d) => d.message.includes("zone index")),
            `${what} ${value}: ${found[0]!.message}`,
          ).toBe(true);
        expect(found[0]!.location.line).toBeGreaterThan(1);
      }
    }
  });

  it("any text in any address field is a finding at that field or accepted, never an exception", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fields),
        fc.oneof(fc.string({ maxLength: 50 }), fc.stringMatching(/^[0-9a-fA-F:.%/]{1,45}$/u)),
        ([what, set, at], value) => {
          const spec = webArm();
          set(spec, value);
          const compiled = compileSpec(spec);
          for (const d of compiled.diagnostics) expect(d.location.line, `${what} ${JSON.stringify(value)}`).toBeGreaterThan(0);
          if (compiled.hosts.length === 0) expect(compiled.diagnostics.some((d) => d.severity === "error")).toBe(true);
          void at;
        },
      ),
      runs(1500),
    );
  });
});
