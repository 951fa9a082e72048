import { describe, expect, it } from "vitest";
import { formatDiagnostic, severityIn } from "../../src/compile/diagnostics.js";
import { rules } from "../../src/compile/rules.js";
import { outputRules } from "../../src/emit/output-rules.js";
import { compileSpec, type RawSpec, webArm } from "../support/spec.js";

const first = (text: string) => compileSpec(text).diagnostics[0]!;

describe("parse and decode diagnostics", () => {
  it("reports malformed YAML with its position", () => {
    const d = first("version: 1\nhosts: [\n");
    expect(d.rule).toBe("yaml-syntax");
    expect(d.location.line).toBeGreaterThanOrEqual(2);
  });

  it("reports a duplicate key at the second occurrence", () => {
    const d = first("version: 1\nhosts: {}\nhosts: {}\n");
    expect(d.rule).toBe("yaml-duplicate-key");
    expect(d.location).toMatchObject({ line: 3, column: 1 });
  });

  it("refuses an alias bomb by what it expands to, without expanding it", () => {
    // Ten levels of ten aliases each: 10^10 values if expanded.
    const bomb = ["a: &a [x,x,x,x,x,x,x,x,x,x]"];
    const names = "bcdefghijk".split("");
    for (const [i, name] of names.entries())
      bomb.push(
        `${name}: &${name} [${Array(10)
          .fill(`*${i === 0 ? "a" : names[i - 1]}`)
          .join(",")}]`,
      );
    const d = first(bomb.join("\n"));
    expect(d.rule).toBe("yaml-alias");
    expect(d.message).toContain("expand the spec to more than");
  });

  it("accepts aliases that expand to a sane size, however many there are", () => {
    // One container list reused by 150 networks: more aliases than the old limit of 100.
    const spec = [
      "version: 1",
      "hosts:",
      "  h:",
      "    output: h.nix",
      "    uplink: { interface: eth0, ipv6: { address: 2a01::1/64, addressing: static } }",
      "    networks:",
    ];
    for (let i = 0; i < 150; i++)
      spec.push(`      n${i}: { ipv4: 172.20.${i}.0/24, ipv6: "fd00:0:0:${i.toString(16)}::/64"${i === 0 ? ", containers: &c [a]" : ""} }`);
    const result = compileSpec(spec.join("\n"));
    expect(result.diagnostics.filter((d) => d.rule.startsWith("yaml"))).toEqual([]);
  });

  it("refuses an alias that contains itself", () => {
    const d = first("version: 1\nhosts: &h { x: *h }\n");
    expect(["yaml-alias", "yaml-syntax"]).toContain(d.rule);
  });

  it("reports an unknown version with a hint", () => {
    const spec = webArm();
    spec.version = 2;
    const d = compileSpec(spec).diagnostics[0]!;
    expect(d.rule).toBe("schema");
    expect(d.path).toEqual(["version"]);
    expect(d.hint).toContain("version: 1");
  });

  it("reports an unknown key at the key, with a did-you-mean and the allowed keys", () => {
    const d = first("version: 1\nhosts:\n  h:\n    output: a.nix\n    uplinks: {}\n");
    const unknown = compileSpec("version: 1\nhosts:\n  h:\n    output: a.nix\n    uplinks: {}\n").diagnostics.find((x) =>
      x.message.includes("unknown key"),
    )!;
    expect(d).toBeDefined();
    expect(unknown.location).toMatchObject({ line: 5, column: 5 });
    expect(unknown.hint).toContain("did you mean `uplink`");
    expect(unknown.hint).toContain("networks");
  });

  it("reports a wrong type with what was expected and what was found", () => {
    const spec = webArm();
    spec.hosts["web-arm"].untouched = "collabora";
    const d = compileSpec(spec).diagnostics[0]!;
    expect(d.message).toBe('expected a list, got the string "collabora"');
  });

  it("reports an invalid network name at the key with the allow-list in the hint", () => {
    const spec = webArm();
    spec.hosts["web-arm"].networks = { "v6;egress": spec.hosts["web-arm"].networks.v6egress };
    const d = compileSpec(spec).diagnostics[0]!;
    expect(d.path).toEqual(["hosts", "web-arm", "networks", "v6;egress"]);
    expect(d.message).toContain("is not a valid podman network name");
    expect(d.hint).toContain("ASCII letters");
  });

  it.each([
    [
      "an interface name longer than 15 characters",
      (s: RawSpec) => (s.hosts["web-arm"].uplink.interface = "enp1s0abcdefghij"),
      "uplink.interface",
    ],
    [
      "an interface name starting with a dot (a sysctl glob skips it at boot)",
      (s: RawSpec) => (s.hosts["web-arm"].uplink.interface = ".vx"),
      "uplink.interface",
    ],
    [
      "a container name with a shell metacharacter",
      (s: RawSpec) => (s.hosts["web-arm"].networks.v6egress.containers = ["a$(b)"]),
      "containers[0]",
    ],
    ["an IPv4 subnet that is not CIDR", (s: RawSpec) => (s.hosts["web-arm"].networks.v6egress.ipv4 = "10.89.0/24"), "v6egress.ipv4"],
    ["an absolute output path", (s: RawSpec) => (s.hosts["web-arm"].output = "/etc/nixos/podnet.nix"), "web-arm.output"],
    ["a missing required key", (s: RawSpec) => delete s.hosts["web-arm"].uplink, "hosts.web-arm"],
  ])("rejects %s", (_, mutate, field) => {
    const spec = webArm();
    mutate(spec);
    const diagnostics = compileSpec(spec).diagnostics;
    expect(diagnostics.length).toBeGreaterThan(0);
    const d = diagnostics[0]!;
    expect(d.severity).toBe("error");
    expect(formatDiagnostic(d)).toContain(field);
    expect(d.hint).not.toBe("");
  });

  it("formats file:line:column, the rule, the field, a code frame and the hint", () => {
    const spec = webArm();
    spec.hosts["web-arm"].networks.v6egress.ipv6 = "fc00::/64";
    const text = formatDiagnostic(compileSpec(spec, "/tmp/x/podnet.yaml").diagnostics.find((d) => d.rule === "ipv6-not-ula")!).replace(
      /\u001b\[[0-9;]*m/gu,
      "",
    );
    expect(text).toMatch(/^\/tmp\/x\/podnet\.yaml:\d+:\d+: error\[ipv6-not-ula\]: hosts\.web-arm\.networks\.v6egress\.ipv6: /u);
    expect(text).toContain("ipv6: fc00::/64");
    expect(text).toContain("^");
    expect(text).toContain("hint: ");
  });
});

describe("rule catalogues", () => {
  it("give each rule's severity by its id, and an id no catalogue holds does not compile", () => {
    expect(severityIn(rules, "output-collision")).toBe("error");
    expect(severityIn(rules, "ipv4-podman-pool")).toBe("warning");
    expect(severityIn(outputRules, "output-not-generated")).toBe("error");
    // tsc (run by test/static.test.ts) fails if these lines stop being type errors.
    // @ts-expect-error: not a spec rule
    expect(() => severityIn(rules, "no-such-rule")).toThrow();
    // @ts-expect-error: a spec rule, not one of the write step's
    expect(() => severityIn(outputRules, "output-collision")).toThrow();
  });
});
