/**
 * What the kernel does with the sysctl keys podnet emits: the module is merged by the NixOS
 * stand-in, its /etc/sysctl.d/60-nixos.conf text is applied by the real systemd-sysctl inside a
 * network namespace this test makes (net.* sysctls are per namespace), and the kernel's values are
 * read back. The class: uplink names with dots (VLANs such as eth0.100), which systemd-sysctl
 * reads as path separators unless the key spells them as '/'.
 */

import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { execa } from "execa";
import fc from "fast-check";
import { expect, it } from "vitest";
import { nixString } from "../../src/compile/escape.js";
import { dottedInterfaceName, runs } from "../support/fuzz.js";
import { evalNixos } from "../support/nix.js";
import { writeSlaacModule } from "../support/spec.js";
import { describeWith } from "../support/tools.js";

const systemdSysctl = "/lib/systemd/systemd-sysctl";

async function sysctlConfFor(iface: string): Promise<string> {
  const file = writeSlaacModule(iface);
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
      const names = [...new Set(["eth0.100", "br.lan", "a..b", ...fc.sample(dottedInterfaceName, runs(12))])];
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

/**
 * The class: the ways a host can spell a sysctl key that systemd-sysctl applies to the same
 * setting (dots or slashes, a leading "-", doubled separators, a glob over the interface), the
 * ways it can write a value the kernel reads (blanks, 0x…, 0…, booleans), and the order NixOS
 * writes them in. The kernel's state is read after the real systemd-sysctl applied the module's
 * 60-nixos.conf, both as it runs at boot with the uplink already there and as udev applies the
 * uplink's keys when it appears. The module never passes a host the kernel ends up wrong on; and
 * where podnet can follow every definition (no glob with brackets, no value the kernel refuses),
 * it passes every host the kernel ends up right on.
 */
const uplinks = ["enp1s0", "eth0.100"] as const;
const leaves = { forwarding: [0, 1], disable_ipv6: [0, 1], accept_ra: [0, 1, 2] } as const;

const spelledKey = fc
  .record({
    dir: fc.constantFrom("all", "default", "uplink"),
    leaf: fc.constantFrom(...(Object.keys(leaves) as Array<keyof typeof leaves>)),
    slashed: fc.boolean(),
    leadingSlash: fc.boolean(),
    doubled: fc.boolean(),
    dash: fc.boolean(),
    glob: fc.constantFrom("none", "none", "star", "prefix-star", "question", "class"),
    pick: fc.nat(),
    written: fc.constantFrom("int", "int", "string", "padded", "hex", "octal", "bool", "plus", "vertical-tab"),
  })
  .map((key) => ({ ...key, value: leaves[key.leaf][key.pick % leaves[key.leaf].length]! }));

/** The value as Nix source, written the way `key.written` says (booleans only for 0 and 1). */
function nixValue(key: SpelledKey): string {
  const value: number = key.value;
  switch (key.written) {
    case "string":
      return `"${value}"`;
    case "padded":
      return `" ${value} "`;
    case "hex":
      return `"0x${value.toString(16)}"`;
    case "octal":
      return `"0${value.toString(8)}"`;
    case "bool":
      return value <= 1 ? String(value === 1) : String(value);
    case "plus":
      // The kernel refuses it (proc_dointvec reads no "+") and keeps what it had.
      return `"+${value}"`;
    case "vertical-tab":
      // A blank to a regular expression's [[:space:]], but not to systemd-sysctl or the kernel.
      return `builtins.fromJSON ${nixString(JSON.stringify(`${value}\u000b`))}`;
    default:
      return String(value);
  }
}
type SpelledKey = typeof spelledKey extends fc.Arbitrary<infer T> ? T : never;

function spell(key: SpelledKey, uplink: string): string {
  const dir = key.dir === "uplink" ? uplink : key.dir;
  const globbed = {
    none: dir,
    star: "*",
    "prefix-star": `${dir.slice(0, 2)}*`,
    question: `${dir.slice(0, -1)}?`,
    class: `[${dir[0]}x]${dir.slice(1)}`,
  }[key.glob];
  const parts = ["net", "ipv6", "conf", globbed, key.leaf];
  const text = key.slashed
    ? `${key.leadingSlash ? "/" : ""}${parts.join(key.doubled ? "//" : "/")}`
    : parts.map((part) => part.replaceAll(".", "/")).join(key.doubled ? ".." : ".");
  return `${key.dash ? "-" : ""}${text}`;
}

describeWith(
  { commands: ["nix-instantiate", "ip", "nsenter", systemdSysctl], root: true },
  "the module's sysctl assertions against systemd-sysctl",
  () => {
    it("never pass a host the kernel ends up wrong on (forwarding, IPv6, the uplink's accept_ra), and pass every one it ends up right on where each definition can be followed, however the host spells its keys", {
      timeout: 300_000,
    }, async () => {
      const modules = new Map<string, string>();
      for (const uplink of uplinks) modules.set(uplink, writeSlaacModule(uplink));
      const dir = mkdtempSync(path.join(tmpdir(), "podnet-sysctl-spellings-"));

      /** The kernel's values after systemd-sysctl applied `conf` in a namespace of its own. */
      async function kernel(conf: string, uplink: string, uplinkAppearsLater: boolean): Promise<Record<string, string>> {
        const netns = `pnsysctl-${randomBytes(3).toString("hex")}`;
        await execa("ip", ["netns", "add", netns]);
        try {
          const inside = (command: string, args: string[]) =>
            execa("nsenter", [`--net=/run/netns/${netns}`, command, ...args], { reject: false });
          const addUplink = () => execa("ip", ["-n", netns, "link", "add", "name", uplink, "type", "veth", "peer", "name", "peer0"]);
          const file = path.join(dir, `${netns}.conf`);
          writeFileSync(file, conf);
          if (!uplinkAppearsLater) await addUplink();
          await inside(systemdSysctl, [file]);
          if (uplinkAppearsLater) {
            // What systemd's 99-systemd.rules runs when a network interface appears.
            await addUplink();
            await inside(systemdSysctl, [`--prefix=/net/ipv6/conf/${uplink}`, file]);
          }
          const read = async (key: string) => (await inside("cat", [`/proc/sys/net/ipv6/conf/${key}`])).stdout;
          return {
            forwarding: await read("all/forwarding"),
            allDisable: await read("all/disable_ipv6"),
            defaultDisable: await read("default/disable_ipv6"),
            uplinkDisable: await read(`${uplink}/disable_ipv6`),
            uplinkAcceptRa: await read(`${uplink}/accept_ra`),
          };
        } finally {
          await execa("ip", ["netns", "del", netns], { reject: false });
        }
      }
      const good = (state: Record<string, string>) =>
        state.forwarding === "1" &&
        state.allDisable === "0" &&
        state.defaultDisable === "0" &&
        state.uplinkDisable === "0" &&
        state.uplinkAcceptRa === "2";

      async function check(uplink: string, keys: ReadonlyArray<SpelledKey>): Promise<void> {
        const definitions = new Map(keys.map((key) => [spell(key, uplink), key]));
        const sysctl = [...definitions].map(([name, key]) => `${nixString(name)} = ${nixValue(key)};`).join(" ");
        const host = `{ ... }: { virtualisation.podman.enable = true; virtualisation.oci-containers.containers.throwaway.image = "p"; boot.kernel.sysctl = { ${sysctl} }; }`;
        const result = await evalNixos(modules.get(uplink)!, host, "{ inherit failedAssertions sysctlConf; }");
        expect(result.error).toBeUndefined();
        const { failedAssertions, sysctlConf } = result.value as { failedAssertions: string[]; sysctlConf: string };
        const atBoot = await kernel(sysctlConf, uplink, false);
        const later = await kernel(sysctlConf, uplink, true);
        const context = `${sysctlConf}\nat boot: ${JSON.stringify(atBoot)}\nuplink later: ${JSON.stringify(later)}\n${failedAssertions.join("\n")}`;
        const kernelGood = good(atBoot) && good(later);
        const moduleGood = failedAssertions.length === 0;
        if (moduleGood) expect(kernelGood, `the module passed a host the kernel ends up wrong on:\n${context}`).toBe(true);
        const followable = [...definitions.values()].every(
          (key) => key.glob !== "class" && key.written !== "plus" && key.written !== "vertical-tab",
        );
        if (followable) expect(moduleGood, `the module refused a host the kernel ends up right on:\n${context}`).toBe(kernelGood);
        // A glob podnet does not follow is named in its own assertion.
        if ([...definitions.values()].some((key) => key.glob === "class"))
          expect(failedAssertions.join("\n"), context).toContain("podnet follows only globs made of * and ?");
      }

      try {
        // Cases the class is about, then generated ones.
        const key = (fields: Partial<SpelledKey> & Pick<SpelledKey, "dir" | "leaf" | "value">): SpelledKey => ({
          slashed: false,
          leadingSlash: false,
          doubled: false,
          dash: false,
          glob: "none",
          pick: 0,
          written: "int",
          ...fields,
        });
        await check("enp1s0", [key({ dir: "all", leaf: "forwarding", value: 0, slashed: true })]);
        await check("enp1s0", [key({ dir: "all", leaf: "forwarding", value: 0, dash: true })]);
        await check("enp1s0", [key({ dir: "all", leaf: "disable_ipv6", value: 1, glob: "star" })]);
        await check("eth0.100", [key({ dir: "uplink", leaf: "accept_ra", value: 1, slashed: true })]);
        await check("eth0.100", [key({ dir: "uplink", leaf: "disable_ipv6", value: 1, glob: "question" })]);
        // A value the kernel reads although it is not plain (blanks, hexadecimal).
        await check("enp1s0", [key({ dir: "all", leaf: "disable_ipv6", value: 1, written: "padded" })]);
        await check("enp1s0", [key({ dir: "default", leaf: "disable_ipv6", value: 1, written: "hex" })]);
        await check("eth0.100", [key({ dir: "uplink", leaf: "accept_ra", value: 2, written: "octal", slashed: true })]);
        // The same glob written twice with one value keeps its first place in systemd-sysctl's
        // order, so a glob sorted between the two still decides.
        await check("enp1s0", [
          key({ dir: "all", leaf: "disable_ipv6", value: 0, glob: "star" }),
          key({ dir: "uplink", leaf: "disable_ipv6", value: 1, glob: "prefix-star" }),
          key({ dir: "all", leaf: "disable_ipv6", value: 0, glob: "star", slashed: true }),
        ]);
        await check("enp1s0", [
          key({ dir: "default", leaf: "disable_ipv6", value: 0 }),
          key({ dir: "all", leaf: "disable_ipv6", value: 1, glob: "class", slashed: true }),
        ]);
        await fc.assert(
          fc.asyncProperty(fc.constantFrom(...uplinks), fc.array(spelledKey, { minLength: 1, maxLength: 4 }), check),
          runs(30),
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
        for (const file of modules.values()) rmSync(path.dirname(file), { recursive: true, force: true });
      }
    });
  },
);
