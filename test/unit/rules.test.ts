import { describe, expect, it } from "vitest";
import { rules } from "../../src/compile/rules.js";
import { compileSpec, type RawSpec, rulesOf, webArm } from "../support/spec.js";

const network = (spec: RawSpec) => spec.hosts["web-arm"].networks.v6egress;
const host = (spec: RawSpec) => spec.hosts["web-arm"];

/** One failing case and its passing neighbour per rule: the neighbour differs in one value. */
const cases: Record<string, { fail: (s: RawSpec) => void; pass: (s: RawSpec) => void }> = {
  "cidr-host-bits": {
    fail: (s) => (network(s).ipv4 = "172.20.0.5/24"),
    pass: (s) => (network(s).ipv4 = "172.20.0.0/24"),
  },
  "ipv6-not-ula": {
    fail: (s) => (network(s).ipv6 = "fc00:1:2::/64"),
    pass: (s) => (network(s).ipv6 = "fd00:1:2::/64"),
  },
  "ipv6-prefix-length": {
    fail: (s) => (network(s).ipv6 = "fdaa:bbcc:ddee::/56"),
    pass: (s) => (network(s).ipv6 = "fdaa:bbcc:ddee::/64"),
  },
  "ipv4-not-private": {
    fail: (s) => (network(s).ipv4 = "100.64.0.0/24"),
    pass: (s) => (network(s).ipv4 = "192.168.89.0/24"),
  },
  "ipv4-podman-default": {
    fail: (s) => (network(s).ipv4 = "10.88.7.0/24"),
    pass: (s) => (network(s).ipv4 = "172.20.0.0/24"),
  },
  "ipv4-too-small": {
    fail: (s) => {
      network(s).ipv4 = "172.20.0.0/30";
      network(s).containers = ["a", "b"];
    },
    pass: (s) => {
      network(s).ipv4 = "172.20.0.0/29";
      network(s).containers = ["a", "b"];
    },
  },
  "ipv4-podman-pool": {
    fail: (s) => (network(s).ipv4 = "10.89.0.0/24"),
    pass: (s) => (network(s).ipv4 = "10.87.0.0/24"),
  },
  "network-name-reserved": {
    fail: (s) => (host(s).networks = { host: network(s) }),
    pass: (s) => (host(s).networks = { hostnet: network(s) }),
  },
  "container-duplicate": {
    fail: (s) => (network(s).containers = ["a", "a"]),
    pass: (s) => (network(s).containers = ["a", "b"]),
  },
  "mode-subnets": {
    fail: (s) => (network(s).mode = "ipv6-only"),
    pass: (s) => {
      network(s).mode = "ipv6-only";
      delete network(s).ipv4;
    },
  },
  "gateway-address": {
    fail: (s) => (network(s).gateway = { ipv4: "10.89.0.255" }),
    pass: (s) => (network(s).gateway = { ipv4: "10.89.0.254" }),
  },
  "static-address": {
    fail: (s) => (network(s).containers = { app: { ipv4: "10.89.0.1" } }),
    pass: (s) => (network(s).containers = { app: { ipv4: "10.89.0.2" } }),
  },
  "podman-version-feature": {
    fail: (s) => {
      host(s).podman = { version: "4.3" };
      network(s).dns = ["192.0.2.53"];
    },
    pass: (s) => {
      host(s).podman = { version: "4.4" };
      network(s).dns = ["192.0.2.53"];
    },
  },
  "dns-server-unusable": {
    fail: (s) => (network(s).dns = ["192.0.2.53", "ff02::1"]),
    pass: (s) => (network(s).dns = ["192.0.2.53", "2620:fe::fe"]),
  },
  "uplink-prefix-length": {
    fail: (s) => (host(s).uplink.ipv6.address = "2a01:4f8:c012:43b::1/0"),
    pass: (s) => (host(s).uplink.ipv6.address = "2a01:4f8:c012:43b::1/48"),
  },
  "subnet-overlap": {
    fail: (s) => (host(s).networks.second = { ipv4: "10.89.0.128/25", ipv6: "fdaa:bbcc:ddef::/64" }),
    pass: (s) => (host(s).networks.second = { ipv4: "10.89.1.0/24", ipv6: "fdaa:bbcc:ddef::/64" }),
  },
  "uplink-not-global": {
    fail: (s) => (host(s).uplink.ipv6.address = "fe80::1/64"),
    pass: (s) => (host(s).uplink.ipv6.address = "2a01::1/64"),
  },
  "uplink-documentation-prefix": {
    fail: (s) => (host(s).uplink.ipv6.address = "2001:db8:1::1/64"),
    pass: (s) => (host(s).uplink.ipv6.address = "2001:db9:1::1/64"),
  },
  "uplink-slaac-accept-ra": {
    fail: (s) => (host(s).uplink.ipv6.addressing = "slaac"),
    pass: (s) => (host(s).uplink.ipv6.addressing = "static"),
  },
  "container-opt-in-and-untouched": {
    fail: (s) => (network(s).containers = ["collabora"]),
    pass: (s) => (network(s).containers = ["throwaway"]),
  },
  "container-in-two-networks": {
    fail: (s) => (host(s).networks.second = { ipv4: "10.89.1.0/24", ipv6: "fdaa:bbcc:ddef::/64", containers: ["throwaway"] }),
    pass: (s) => (host(s).networks.second = { ipv4: "10.89.1.0/24", ipv6: "fdaa:bbcc:ddef::/64", containers: ["other"] }),
  },
  "no-hosts": {
    fail: (s) => (s.hosts = {}),
    pass: () => undefined,
  },
  "output-collision": {
    fail: (s) => (s.hosts["web-x86"] = { ...structuredClone(host(s)), output: "hosts/../hosts/web-arm/podnet.nix" }),
    pass: (s) => (s.hosts["web-x86"] = { ...structuredClone(host(s)), output: "hosts/web-x86/podnet.nix" }),
  },
};

describe("rule catalogue", () => {
  it("has a test case for every rule, and every case names a real rule", () => {
    expect(Object.keys(cases).sort()).toEqual(rules.map((rule) => rule.id).sort());
  });

  for (const rule of rules) {
    const example = cases[rule.id];
    if (!example) continue;
    describe(rule.id, () => {
      it("reports the failing case", () => {
        const spec = webArm();
        example.fail(spec);
        expect(rulesOf(spec)).toContain(rule.id);
      });
      it("stays quiet on the passing neighbour", () => {
        const spec = webArm();
        example.pass(spec);
        expect(rulesOf(spec)).not.toContain(rule.id);
      });
      it("points at a line and column, with a message and a hint", () => {
        const spec = webArm();
        example.fail(spec);
        const found = compileSpec(spec).diagnostics.find((d) => d.rule === rule.id)!;
        expect(found.location.line).toBeGreaterThan(1);
        expect(found.location.column).toBeGreaterThan(0);
        expect(found.message.length).toBeGreaterThan(10);
        expect(found.hint.length).toBeGreaterThan(10);
        expect(found.severity).toBe(rule.severity);
      });
    });
  }
});

describe("rule details", () => {
  it.each([
    [{ app: { ipv4: "10.89.1.5" } }, "is outside 10.89.0.0/24"],
    [{ app: { ipv4: "10.89.0.0" } }, "is the network address"],
    [{ app: { ipv4: "10.89.0.255" } }, "is the broadcast address"],
    [{ app: { ipv6: "fdaa:bbcc:ddee::1" } }, "is the gateway"],
    [{ app: { ipv4: "10.89.0.9" }, web: { ipv4: "10.89.0.9" } }, "is also app's address"],
  ])("static addresses: %j → %s", (containers, message) => {
    const spec = webArm();
    network(spec).containers = containers;
    const found = compileSpec(spec).diagnostics.filter((d) => d.rule === "static-address");
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(message);
    expect(found[0]!.path.slice(-2)).toEqual(
      Object.keys(containers).length === 2 ? ["web", "ipv4"] : ["app", Object.keys(Object.values(containers)[0]!)[0]],
    );
  });

  it("a static address may use the default gateway's address when a custom gateway moves it", () => {
    const spec = webArm();
    network(spec).gateway = { ipv4: "10.89.0.254" };
    network(spec).containers = { app: { ipv4: "10.89.0.1" } };
    expect(rulesOf(spec)).not.toContain("static-address");
  });

  it("an ipv6-only network skips every IPv4 rule", () => {
    const spec = webArm();
    network(spec).mode = "ipv6-only";
    delete network(spec).ipv4;
    expect(compileSpec(spec).diagnostics).toEqual([]);
  });

  it("isolate: strict needs podman 4.6", () => {
    const spec = webArm();
    host(spec).podman = { version: "4.5" };
    network(spec).isolate = "strict";
    expect(
      compileSpec(spec)
        .diagnostics.find((d) => d.rule === "podman-version-feature")
        ?.path.at(-1),
    ).toBe("isolate");
    host(spec).podman = { version: "4.6" };
    expect(rulesOf(spec)).not.toContain("podman-version-feature");
  });

  it("compares podman versions numerically", async () => {
    const { podmanVersionOf: version, versionAtLeast } = await import("../../src/compile/podman-version.js");
    expect(versionAtLeast(version("4.10"), version("4.4"))).toBe(true);
    expect(versionAtLeast(version("4.3.1"), version("4.4"))).toBe(false);
    expect(versionAtLeast(version("5.0"), version("4.4"))).toBe(true);
    expect(versionAtLeast(version("4.4.0"), version("4.4"))).toBe(true);
    expect(() => version("5")).toThrow("is not a podman version");
  });

  it("suggests the network address for a subnet with host bits", () => {
    const spec = webArm();
    network(spec).ipv4 = "172.20.0.5/24";
    const found = compileSpec(spec).diagnostics.find((d) => d.rule === "cidr-host-bits")!;
    expect(found.hint).toContain("172.20.0.0/24");
  });

  it("says why fc00::/8 is refused, and differently from a global prefix", () => {
    const reserved = webArm();
    network(reserved).ipv6 = "fc00:1:2::/64";
    const global = webArm();
    network(global).ipv6 = "2a01:4f8::/64";
    const message = (spec: RawSpec) => compileSpec(spec).diagnostics.find((d) => d.rule === "ipv6-not-ula")!.message;
    expect(message(reserved)).toContain("fc00::/8");
    expect(message(global)).toContain("not a unique local");
  });

  it("reports an IPv6 overlap as well as an IPv4 one", () => {
    const spec = webArm();
    host(spec).networks.second = { ipv4: "10.89.1.0/24", ipv6: "fdaa:bbcc:ddee::/64" };
    const found = compileSpec(spec).diagnostics.filter((d) => d.rule === "subnet-overlap");
    expect(found).toHaveLength(1);
    expect(found[0]!.path.at(-1)).toBe("ipv6");
  });

  it("does not flag networks on different hosts that reuse a subnet", () => {
    const spec = webArm();
    spec.hosts["web-x86"] = { ...structuredClone(host(spec)), output: "hosts/web-x86/podnet.nix" };
    expect(rulesOf(spec)).not.toContain("subnet-overlap");
  });

  it("the web-arm story has no errors (only the pool warning)", () => {
    const diagnostics = compileSpec(webArm()).diagnostics;
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(diagnostics.map((d) => d.rule)).toEqual(["ipv4-podman-pool"]);
  });
});
