/** Host facts as `check host` criteria: each facts rule feeds the criterion it declares. */
import { describe, expect, it } from "vitest";
import { decodeHostFacts, factsCriteria } from "../../src/prove/facts.js";
import { compileSpec, webArm } from "../support/spec.js";

const plan = compileSpec(webArm()).hosts[0]!.plan;
const link = (ifname: string, ...addresses: Array<[string, number]>) => ({
  ifname,
  addr_info: addresses.map(([local, prefixlen]) => ({ family: local.includes(":") ? "inet6" : "inet", local, prefixlen })),
});
function criteriaOf(addr: unknown[], route: unknown[] = []) {
  const decoded = decodeHostFacts({ addr, route });
  if (!decoded.ok) throw new Error(decoded.reason);
  return factsCriteria(plan, decoded.facts, "this host");
}

describe("factsCriteria", () => {
  it("passes the uplink criterion, and names no collision, on a host that fits the spec", () => {
    expect(criteriaOf([link("lo", ["127.0.0.1", 8]), link("enp1s0", ["2a01:4f8:c012:43b::1", 64])])).toEqual([
      { id: "uplink", subject: "enp1s0", status: "pass", evidence: "2a01:4f8:c012:43b::1 is on enp1s0" },
    ]);
  });

  it("fails the uplink criterion with the finding's message and hint, and a collision at its network", () => {
    const criteria = criteriaOf(
      [link("enp1s0", ["2a01:4f8:c012:43b::2", 64]), link("eth1", ["2a01:4f8:c012:43b::1", 64])],
      [{ dst: "10.89.0.0/16", dev: "wg0" }],
    );
    expect(criteria.map(({ id, subject, status }) => [id, subject, status])).toEqual([
      ["uplink", "enp1s0", "fail"],
      ["subnet-collision", "v6egress", "fail"],
    ]);
    expect(criteria[0]!.evidence).toBe(
      "2a01:4f8:c012:43b::1 is not on enp1s0 (from this host); it is on eth1; set uplink.interface to eth1",
    );
    expect(criteria[1]!.evidence).toContain("10.89.0.0/24 (network v6egress) collides with the host's route 10.89.0.0/16 via wg0");
  });
});
