/**
 * What the kernel does with the sysctl keys podnet emits: the module is merged by the NixOS
 * stand-in, its /etc/sysctl.d/60-nixos.conf text is applied by the real systemd-sysctl inside a
 * network namespace this test makes (net.* sysctls are per namespace), and the kernel's values are
 * read back. The class: uplink names with dots (VLANs such as eth0.100), which systemd-sysctl
 * reads as path separators unless the key spells them as '/'.
 */

import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { execa } from "execa";
import fc from "fast-check";
import { expect, it } from "vitest";
import { runs } from "../support/fuzz.js";
import { evalNixos } from "../support/nix.js";
import { compileSpec, webArm } from "../support/spec.js";
import { describeWith } from "../support/tools.js";

const systemdSysctl = "/lib/systemd/systemd-sysctl";

// Linux interface names podnet accepts that contain a dot: 1-15 bytes of [A-Za-z0-9_.-].
const dottedName = fc
  .tuple(fc.stringMatching(/^[A-Za-z0-9_-]{1,6}$/u), fc.stringMatching(/^[A-Za-z0-9_.-]{0,7}$/u))
  .map(([head, tail]) => `${head}.${tail}`)
  .filter((name) => name.length <= 15);

async function sysctlConfFor(iface: string): Promise<string> {
  const spec = webArm();
  spec.hosts["web-arm"].uplink = { interface: iface, ipv6: { address: "2a01:4f8:c012:43b::1/64", addressing: "slaac" } };
  const compiled = compileSpec(spec);
  expect(compiled.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "podnet-sysctl-")), "podnet.nix");
  writeFileSync(file, compiled.hosts[0]!.content);
  const host = `{ ... }: { virtualisation.podman.enable = true; virtualisation.oci-containers.containers.throwaway.image = "p"; }`;
  const result = await evalNixos(file, host, "toplevel.sysctlConf");
  expect(result.error).toBeUndefined();
  return result.value as string;
}

describeWith(
  { commands: ["nix-instantiate", "ip", "nsenter", systemdSysctl], root: true },
  "sysctl keys as systemd-sysctl applies them",
  () => {
    it("a dotted uplink name gets accept_ra = 2 on that very interface, for every such name", { timeout: 120_000 }, async () => {
      const names = [...new Set(["eth0.100", "br.lan", "a..b", ...fc.sample(dottedName, runs(12))])];
      const netns = `pnsysctl-${randomBytes(3).toString("hex")}`;
      await execa("ip", ["netns", "add", netns]);
      try {
        const inside = (command: string, args: string[]) =>
          execa("nsenter", [`--net=/run/netns/${netns}`, command, ...args], { reject: false });
        for (const [index, name] of names.entries()) {
          await execa("ip", ["-n", netns, "link", "add", "name", name, "type", "veth", "peer", "name", `peer${index}`]);
          expect((await inside("cat", [`/proc/sys/net/ipv6/conf/${name}/accept_ra`])).stdout).toBe("1");
        }
        const dir = mkdtempSync(path.join(tmpdir(), "podnet-sysctl-conf-"));
        for (const name of names) {
          const conf = path.join(dir, `${name}.conf`);
          writeFileSync(conf, await sysctlConfFor(name));
          const applied = await inside(systemdSysctl, [conf]);
          expect(applied.stderr, `${name}: ${applied.stderr}`).toBe("");
          expect((await inside("cat", [`/proc/sys/net/ipv6/conf/${name}/accept_ra`])).stdout, name).toBe("2");
        }
        expect((await inside("cat", ["/proc/sys/net/ipv6/conf/all/forwarding"])).stdout).toBe("1");

        // The dotted spelling podnet used to emit misses the interface: the class this guards.
        await execa("ip", ["-n", netns, "link", "add", "name", "vlan.7", "type", "veth", "peer", "name", "peerx"]);
        const old = path.join(dir, "old.conf");
        writeFileSync(old, "net.ipv6.conf.vlan.7.accept_ra=2\n");
        await inside(systemdSysctl, [old]);
        expect((await inside("cat", ["/proc/sys/net/ipv6/conf/vlan.7/accept_ra"])).stdout).toBe("1");
      } finally {
        await execa("ip", ["netns", "del", netns], { reject: false });
      }
    });
  },
);
