/** Builders for specs in tests: the web-arm story, with overrides. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { stringify } from "yaml";
import { compile } from "../../src/compile/pipeline.js";

/** A spec as YAML gives it, before decoding: tests reshape it freely, into invalid shapes too. */
// biome-ignore lint/suspicious/noExplicitAny: raw input is untyped on purpose; the tests break it in every way a user could
export type RawSpec = any;

export function webArm(): RawSpec {
  return {
    version: 1,
    hosts: {
      "web-arm": {
        output: "hosts/web-arm/podnet.nix",
        uplink: { interface: "enp1s0", ipv6: { address: "2a01:4f8:c012:43b::1/64", addressing: "static" } },
        networks: { v6egress: { ipv4: "10.89.0.0/24", ipv6: "fdaa:bbcc:ddee::/64", containers: ["throwaway"] } },
        untouched: ["collabora", "rustdesk-server"],
      },
    },
  };
}

/** Compiles a spec object as if it were /work/spec/podnet.yaml. */
export function compileSpec(spec: unknown, file = "/tmp/podnet-test/podnet.yaml") {
  return compile(file, typeof spec === "string" ? spec : stringify(spec));
}

/** Writes web-arm's module with a SLAAC uplink on `iface` into a folder of its own; returns its path. */
export function writeSlaacModule(iface = "enp1s0"): string {
  const spec = webArm();
  spec.hosts["web-arm"].uplink = { interface: iface, ipv6: { address: "2a01:4f8:c012:43b::1/64", addressing: "slaac" } };
  const compiled = compileSpec(spec);
  const errors = compiled.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new Error(`uplink ${iface}: ${errors.map((d) => d.message).join("; ")}`);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "podnet-slaac-")), "podnet.nix");
  writeFileSync(file, compiled.hosts[0]!.content);
  return file;
}

export const rulesOf = (spec: unknown) => compileSpec(spec).diagnostics.map((d) => d.rule);
