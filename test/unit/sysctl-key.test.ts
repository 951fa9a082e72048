/**
 * The uplink's sysctl keys, wherever podnet shows them: a dot in the interface name (a VLAN such
 * as eth0.100) is '/' in a dotted key, or the key names another interface (eth0's "100.accept_ra").
 * And the forwarding criterion both checks read from /proc/sys.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ipv6ConfKey } from "../../src/compile/network.js";
import { kernelAcceptRa } from "../../src/prove/host.js";
import { checkForwarding } from "../../src/prove/sysctl.js";
import { dottedInterfaceName, runs } from "../support/fuzz.js";
import { compileSpec, webArm } from "../support/spec.js";

function slaacOn(iface: string) {
  const spec = webArm();
  spec.hosts["web-arm"].uplink = { interface: iface, ipv6: { address: "2a01:4f8:c012:43b::1/64", addressing: "slaac" } };
  return compileSpec(spec);
}

describe("the uplink's sysctl keys", () => {
  it("keep each dot of the interface name inside its one path part", () => {
    fc.assert(
      fc.property(dottedInterfaceName, fc.constantFrom("accept_ra" as const, "disable_ipv6" as const), (iface, setting) => {
        const parts = ipv6ConfKey(iface, setting).split(".");
        expect(parts).toEqual(["net", "ipv6", "conf", iface.replaceAll(".", "/"), setting]);
      }),
      runs(200),
    );
  });

  it("the SLAAC rule, the plan and check host's accept-ra name eth0.100's key as net.ipv6.conf.eth0/100.accept_ra", () => {
    const compiled = slaacOn("eth0.100");
    const info = compiled.diagnostics.find((d) => d.rule === "uplink-slaac-accept-ra")!;
    expect(info.message).toContain("net.ipv6.conf.eth0/100.accept_ra will be set to 2");
    const plan = compiled.hosts[0]!.plan;
    expect(plan.acceptRaKey).toBe("net.ipv6.conf.eth0/100.accept_ra");
    expect(plan.uplinkDisableIpv6Key).toBe("net.ipv6.conf.eth0/100.disable_ipv6");
    expect(kernelAcceptRa(plan, "1")).toMatchObject({ status: "fail", subject: "net.ipv6.conf.eth0/100.accept_ra" });
    expect(kernelAcceptRa(plan, "1").evidence).toMatch(/^net\.ipv6\.conf\.eth0\/100\.accept_ra = 1: /u);
    expect(kernelAcceptRa(plan, "2")).toMatchObject({ status: "pass", subject: "net.ipv6.conf.eth0/100.accept_ra" });
  });

  it("an undotted name is its own path part", () => {
    const plan = slaacOn("enp1s0").hosts[0]!.plan;
    expect(kernelAcceptRa(plan, undefined)).toMatchObject({ status: "fail", subject: "net.ipv6.conf.enp1s0.accept_ra" });
    expect(kernelAcceptRa(plan, undefined).evidence).toContain("net.ipv6.conf.enp1s0.accept_ra = unreadable: ");
  });
});

describe("the forwarding criterion", () => {
  it("reads 1 as a pass, anything else as a failure, and a missing file as a kernel without IPv6, in words", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "podnet-forwarding-"));
    const file = path.join(dir, "forwarding");
    writeFileSync(file, "1\n");
    expect(await checkForwarding(file)).toMatchObject({ status: "pass", evidence: "net.ipv6.conf.all.forwarding = 1" });
    writeFileSync(file, "0\n");
    expect(await checkForwarding(file)).toMatchObject({
      status: "fail",
      evidence: expect.stringContaining("= 0: containers' IPv6 is not routed"),
    });
    const missing = await checkForwarding(path.join(dir, "absent"));
    expect(missing).toMatchObject({ status: "fail", evidence: expect.stringContaining("this kernel has no IPv6") });
    expect(missing.evidence).not.toMatch(/\bE[A-Z]{3,}\b|open '/u);
  });
});
