/**
 * Class: bounded cost. What a hostile spec can make podnet do grows no faster than the spec:
 * overlap detection reports at most one finding per network (O(n log n), also when every subnet
 * overlaps every other), each rule lists at most `maxFindingsPerRule` findings and counts the
 * rest, and aliases are bounded by what they expand to. (Time itself is shown by `npm run bench`,
 * not asserted here.)
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findOverlaps, subnet } from "../../src/compile/net/cidr.js";
import { maxFindingsPerRule } from "../../src/compile/rules.js";
import { runs } from "../support/fuzz.js";
import { compileSpec } from "../support/spec.js";

const header = [
  "version: 1",
  "hosts:",
  "  h:",
  "    output: h.nix",
  "    uplink: { interface: eth0, ipv6: { address: 2a01::1/64, addressing: static } }",
];

describe("bounded cost", () => {
  it("findOverlaps pairs each overlapping item with one earlier item: at most n - 1 pairs, each item reported once", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 16, max: 28 })), { minLength: 1, maxLength: 300 }),
        (items) => {
          const subnets = items.map(([third, prefix], index) => ({ index, subnet: subnet(`10.${third}.0.0/${prefix}`) }));
          const pairs = findOverlaps(subnets, (item) => item.subnet);
          expect(pairs.length).toBeLessThan(Math.max(1, subnets.length));
          expect(new Set(pairs.map(([, b]) => b.index)).size).toBe(pairs.length);
          // Every pair really overlaps, and every item that overlaps something earlier is reported.
          for (const [a, b] of pairs) expect(a.subnet.first <= b.subnet.last && b.subnet.first <= a.subnet.last).toBe(true);
        },
      ),
      runs(200),
    );
    const all = Array.from({ length: 5000 }, (_, index) => ({ index, subnet: subnet("10.0.0.0/8") }));
    expect(findOverlaps(all, (item) => item.subnet)).toHaveLength(4999);
  });

  it("800 networks sharing one subnet give at most the cap per rule, and say how many more", () => {
    const lines = [...header, "    networks:"];
    for (let i = 0; i < 800; i++) lines.push(`      n${i}: { ipv4: 172.20.0.0/24, ipv6: 'fd00::/64', containers: [c${i}] }`);
    const diagnostics = compileSpec(`${lines.join("\n")}\n`).diagnostics;
    const byRule = new Map<string, number>();
    for (const d of diagnostics) byRule.set(d.rule, (byRule.get(d.rule) ?? 0) + 1);
    expect(byRule.get("subnet-overlap")).toBe(maxFindingsPerRule + 1);
    for (const count of byRule.values()) expect(count).toBeLessThanOrEqual(maxFindingsPerRule + 1);
    const more = diagnostics.find((d) => d.rule === "subnet-overlap" && d.message.startsWith("and "))!;
    // 800 networks, two families: 1,598 overlaps, 20 listed.
    expect(more.message).toMatch(/^and 1578 more like the above/u);
  });

  it("a list aliased into many places is checked once per place, and its findings capped", () => {
    const names = Array.from({ length: 2000 }, (_, i) => `c${i}`).join(", ");
    const lines = [...header, `    untouched: &u [${names}]`, "    networks:"];
    for (let i = 0; i < 100; i++)
      lines.push(`      n${i}: { ipv4: 172.20.${i}.0/24, ipv6: 'fd00:0:0:${i.toString(16)}::/64', containers: *u }`);
    const diagnostics = compileSpec(`${lines.join("\n")}\n`).diagnostics;
    expect(diagnostics.filter((d) => d.rule === "container-opt-in-and-untouched")).toHaveLength(maxFindingsPerRule + 1);
    expect(diagnostics.find((d) => d.rule === "container-opt-in-and-untouched" && d.message.startsWith("and "))!.message).toMatch(
      /^and 199980 more/u,
    );
  });

  it("aliases that would expand past the limit are refused before anything is expanded", () => {
    const names = Array.from({ length: 5000 }, (_, i) => `c${i}`).join(", ");
    const lines = [...header, `    untouched: &u [${names}]`, "    networks:"];
    for (let i = 0; i < 200; i++)
      lines.push(`      n${i}: { ipv4: 172.20.${i}.0/24, ipv6: 'fd00:0:0:${i.toString(16)}::/64', containers: *u }`);
    const diagnostics = compileSpec(`${lines.join("\n")}\n`).diagnostics;
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.rule).toBe("yaml-alias");
    expect(diagnostics[0]!.message).toContain("expand the spec to more than");
  });
});
