/** Builders for specs in tests: the web-arm story, with overrides. */
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

export const rulesOf = (spec: unknown) => compileSpec(spec).diagnostics.map((d) => d.rule);
