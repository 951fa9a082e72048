/**
 * Faults: a full disk, generate killed half-way, podman missing or hanging. Each must end with a
 * clear error (exit 2), no partial module and no leaked container.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build, type PluginBuild } from "esbuild";
import { execa } from "execa";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { compile } from "../../src/compile/pipeline.js";
import { fleetSpec } from "../bench/fleet.mjs";
import { podnet, startPodnet } from "../support/cli.js";
import { expectNoCrash } from "../support/crash.js";
import { root } from "../support/files.js";
import { seed } from "../support/fuzz.js";
import { webArm } from "../support/spec.js";
import { describeWith } from "../support/tools.js";

const temporaries = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".podnet-tmp"));

describeWith({ commands: ["mount", "umount"], root: true }, "a full disk", () => {
  it("fails with a clear error, leaves no partial module and no temporary file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "podnet-full-"));
    const disk = path.join(dir, "hosts");
    mkdirSync(disk);
    await execa("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", disk]);
    try {
      // Fill the disk to the last block.
      await execa("sh", ["-c", `dd if=/dev/zero of='${disk}/filler' bs=1k 2>/dev/null; true`]);
      writeFileSync(path.join(dir, "podnet.yaml"), stringify(webArm()));
      const result = await podnet(["generate", "podnet.yaml"], dir);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain("podnet: cannot write hosts/web-arm/podnet.nix: no space left on the device; nothing written");
      expectNoCrash(result);
      expect(existsSync(path.join(disk, "web-arm/podnet.nix"))).toBe(false);
      expect(temporaries(disk)).toEqual([]);
    } finally {
      await execa("umount", [disk], { reject: false });
    }
  });
});

describe("generate interrupted", () => {
  it("leaves every module either absent or complete, never half-written, and no temporary files after the next run", {
    timeout: 120_000,
  }, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "podnet-kill-"));
    const text = stringify(fleetSpec({ hosts: 300, networks: 3, containers: 3 }));
    writeFileSync(path.join(dir, "podnet.yaml"), text);
    const expected = new Map(compile(path.join(dir, "podnet.yaml"), text).hosts.map((h) => [h.plan.outputFile, h.content]));
    expect(expected.size).toBe(300);
    // Time one full run: modules are written at its end, after compiling, so the kills are
    // placed at seeded fractions of that duration (SIGKILL and SIGINT mixed, reproducible).
    const began = Date.now();
    expect((await podnet(["generate", "podnet.yaml"], dir)).exitCode).toBe(0);
    const fullRun = Date.now() - began;
    const plan = fc
      .sample(fc.tuple(fc.double({ min: 0.4, max: 1, noNaN: true }), fc.constantFrom("SIGKILL", "SIGINT")), { seed, numRuns: 16 })
      .map(([fraction, signal]) => [Math.round(fraction * fullRun), signal] as const);
    let cutMidway = 0;
    for (const [delay, signal] of plan) {
      rmSync(path.join(dir, "hosts"), { recursive: true, force: true });
      const child = startPodnet(["generate", "podnet.yaml"], dir);
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill(signal as NodeJS.Signals);
      await child;
      let written = 0;
      for (const [file, content] of expected) {
        if (!existsSync(file)) continue;
        written++;
        expect(readFileSync(file, "utf8") === content, `${file} is partial after ${signal} at ${delay}ms`).toBe(true);
      }
      // Modules are written as temporaries first and renamed last: a kill that lands in between
      // leaves temporaries (SIGKILL) or some renamed modules, each complete.
      if ((written > 0 && written < expected.size) || (signal === "SIGKILL" && written === 0 && temporaries(dir).length > 0)) cutMidway++;
      if (signal === "SIGINT") expect(temporaries(dir), `after SIGINT at ${delay}ms`).toEqual([]);
    }
    // The kills must really have landed while modules were being written.
    expect(cutMidway).toBeGreaterThan(0);
    const finish = await podnet(["generate", "podnet.yaml"], dir);
    expect(finish.exitCode).toBe(0);
    expect(temporaries(dir)).toEqual([]);
    for (const [file, content] of expected) expect(readFileSync(file, "utf8")).toBe(content);
  });
});

describe("leftovers of a killed run", () => {
  it("are swept by the next generate also next to a module it leaves unchanged, but not those of a live writer", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "podnet-leftover-"));
    try {
      writeFileSync(path.join(dir, "podnet.yaml"), stringify(webArm()));
      expect((await podnet(["generate", "podnet.yaml"], dir)).exitCode).toBe(0);
      const folder = path.join(dir, "hosts/web-arm");
      // Above the kernel's largest pid_max (2^22), so no process has it: a writer killed long ago.
      const dead = path.join(folder, ".podnet.nix.4194305.0badc0de.podnet-tmp");
      const live = path.join(folder, `.podnet.nix.${process.pid}.0badc0de.podnet-tmp`);
      writeFileSync(dead, "half a mod");
      writeFileSync(live, "being written");
      const again = await podnet(["generate", "podnet.yaml"], dir);
      expect(again.exitCode).toBe(0);
      expect(again.stdout + again.stderr).toMatch(/up to date|unchanged/u);
      expect(existsSync(dead)).toBe(false);
      expect(existsSync(live)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the writer interrupted by a signal", () => {
  // The faults test above lands signals somewhere in a whole CLI run; these aim them at the writer's
  // own moments. A child bundles src/emit/write.ts and writes 400 modules; tmpfs makes an fsync
  // free, so a run's time is mostly creations and the signal lands among them.
  const modules = 400;
  const childSource = `
    import { readdirSync, writeSync } from "node:fs";
    import { Staging, writeAll } from "./src/emit/write.ts";
    const [mode, dir, signal, delay] = process.argv.slice(2);
    const files = Array.from({ length: ${modules} }, (_, i) => ({ file: dir + "/m" + i + "/podnet.nix", content: "module " + i + "\\n" }));
    // Registered before podnet's handler, so it reports the tree as the signal found it.
    process.once(signal, () => writeSync(1, "entries at the signal: " + readdirSync(dir, { recursive: true }).length + "\\n"));
    if (mode === "commit") {
      const staging = await Staging.open();
      for (const { file, content } of files) await staging.add(file, content);
      const renames = staging.commit();
      process.kill(process.pid, signal);
      await renames;
      // The signal is handled on the event loop: give it the chance before exiting on our own.
      await new Promise((resolve) => setTimeout(resolve, 1000));
    } else {
      const delays = delay.split(",").map(Number);
      for (const at of delays) setTimeout(() => process.kill(process.pid, signal), at);
      await writeAll(files);
    }
    process.exit(3);
  `;
  // A file system slow to create files: every open of a temporary waits 3 s.
  const slowOpen = {
    name: "slow-open",
    setup(plugin: PluginBuild) {
      plugin.onResolve({ filter: /^node:fs\/promises$/ }, ({ importer }) =>
        importer.endsWith(path.join("src", "emit", "write.ts")) ? { path: "slow-fs", namespace: "slow-open" } : undefined,
      );
      plugin.onLoad({ filter: /.*/, namespace: "slow-open" }, () => ({
        contents: `import * as fs from "node:fs/promises"; export * from "node:fs/promises";
          export const open = (...args) => new Promise((resolve) => setTimeout(resolve, 3000)).then(() => fs.open(...args));`,
        loader: "js",
      }));
    },
  };
  let work: string;
  const children = { normal: "", slow: "" };
  beforeAll(async () => {
    work = mkdtempSync(path.join(existsSync("/dev/shm") ? "/dev/shm" : tmpdir(), "podnet-signal-"));
    for (const [kind, plugins] of [
      ["normal", []],
      ["slow", [slowOpen]],
    ] as const) {
      const outfile = path.join(work, `${kind}.mjs`);
      await build({
        stdin: { contents: childSource, resolveDir: root, loader: "ts" },
        bundle: true,
        platform: "node",
        format: "esm",
        packages: "external",
        outfile,
        logLevel: "warning",
        plugins: [...plugins],
      });
      children[kind] = outfile;
    }
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  let runs = 0;
  const runChild = async (kind: keyof typeof children, mode: string, signal: string, delays: string) => {
    const dir = path.join(work, `run${runs++}`);
    mkdirSync(dir);
    const began = Date.now();
    const result = await execa(process.execPath, [children[kind], mode, dir, signal, delays], { reject: false });
    return { dir, result, elapsed: Date.now() - began };
  };
  const exitCode = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;
  const complete = (dir: string) =>
    Array.from({ length: modules }, (_, i) => path.join(dir, `m${i}`, "podnet.nix")).every(
      (file, i) => existsSync(file) && readFileSync(file, "utf8") === `module ${i}\n`,
    );

  it("leaves nothing it made, or every module complete, whatever moment the signal lands on", { timeout: 120_000 }, async () => {
    const plan = fc.sample(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.constantFrom("SIGINT", "SIGTERM", "SIGHUP")), {
      seed,
      numRuns: 80,
    });
    let cutWhileWriting = 0;
    for (const [delay, signal] of plan) {
      const { dir, result } = await runChild("normal", "write", signal, String(delay));
      const what = `${signal} at ${delay} ms`;
      // Exit 3: every module was written before the signal arrived.
      expect([exitCode[signal], 3], `${what}: ${result.stderr}`).toContain(result.exitCode);
      expect(temporaries(dir), what).toEqual([]);
      // All or nothing: no folder, no temporary, or the whole set of modules.
      if (!complete(dir)) expect(readdirSync(dir), what).toEqual([]);
      if (Number(/entries at the signal: (\d+)/u.exec(result.stdout)?.[1] ?? 0) > 0) cutWhileWriting++;
    }
    // The signals must really have landed while folders and temporaries existed.
    expect(cutWhileWriting).toBeGreaterThan(0);
  });

  it("two signals at once (`timeout`, a double Ctrl-C) still leave nothing it made, or every module complete", {
    timeout: 120_000,
  }, async () => {
    const plan = fc.sample(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.constantFrom("SIGINT", "SIGTERM", "SIGHUP")), {
      seed: seed + 1,
      numRuns: 60,
    });
    for (const [delay, signal] of plan) {
      const { dir, result } = await runChild("normal", "write", signal, `${delay},${delay}`);
      const what = `two ${signal} at ${delay} ms`;
      expect([exitCode[signal], 3], `${what}: ${result.stderr}`).toContain(result.exitCode);
      expect(temporaries(dir), what).toEqual([]);
      if (!complete(dir)) expect(readdirSync(dir), what).toEqual([]);
    }
  });

  it("a signal during the renames lets them finish: every module is the new one", async () => {
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
      const { dir, result } = await runChild("normal", "commit", signal, "");
      expect(result.exitCode, result.stderr).toBe(exitCode[signal]);
      expect(complete(dir), signal).toBe(true);
      expect(temporaries(dir), signal).toEqual([]);
    }
  });

  it("a file system slow to create files: the run ends 2 s after the signal, or at once on a second one, leaving nothing", {
    timeout: 30_000,
  }, async () => {
    const once = await runChild("slow", "write", "SIGINT", "300");
    expect(once.result.exitCode, once.result.stderr).toBe(130);
    expect(once.elapsed).toBeGreaterThanOrEqual(2300);
    expect(readdirSync(once.dir)).toEqual([]);
    const twice = await runChild("slow", "write", "SIGINT", "300,600");
    expect(twice.result.exitCode, twice.result.stderr).toBe(130);
    // The second Ctrl-C does not wait for the 2 s fallback.
    expect(twice.elapsed).toBeLessThan(2300);
    expect(readdirSync(twice.dir)).toEqual([]);
  });
});

describe("check egress with a broken podman", () => {
  function standInPodman(behaviour: string): { command: string; log: string } {
    const dir = mkdtempSync(path.join(tmpdir(), "podnet-fakepodman-"));
    const log = path.join(dir, "calls.log");
    const command = path.join(dir, "podman");
    writeFileSync(command, `#!/bin/sh\necho "$*" >> '${log}'\n${behaviour}\n`);
    chmodSync(command, 0o755);
    return { command, log };
  }
  const spec = () => {
    const dir = mkdtempSync(path.join(tmpdir(), "podnet-spec-"));
    writeFileSync(path.join(dir, "podnet.yaml"), stringify(webArm()));
    return dir;
  };
  const args = (podman: string) => [
    "check",
    "egress",
    "podnet.yaml",
    "--podman",
    podman,
    "--timeout",
    "1",
    "--echo6",
    "http://[::1]:9/",
    "--echo4",
    "http://127.0.0.1:9/",
    "--probe-image",
    "localhost/none",
  ];

  it("a podman that hangs at once becomes a clear error within the deadline (exit 2)", async () => {
    const fake = standInPodman("exec sleep 1000");
    const started = Date.now();
    const result = await podnet(args(fake.command), spec());
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("did not answer within 1s");
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("a podman that hangs after the probe container started still removes the container", async () => {
    const fake = standInPodman(`case "$1 $2" in
  "network inspect") echo '[{"subnets":[{"subnet":"10.89.0.0/24"},{"subnet":"fdaa:bbcc:ddee::/64"}],"ipv6_enabled":true}]' ;;
  "run --rm") exec sleep 1000 ;;
  "rm --force") exit 0 ;;
esac`);
    const result = await podnet(args(fake.command), spec());
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("did not answer within");
    const calls = readFileSync(fake.log, "utf8").split("\n");
    const started = calls.find((c) => c.startsWith("run --rm"))!;
    const name = started.split(" ")[started.split(" ").indexOf("--name") + 1];
    expect(name).toMatch(/^podnet-check-[0-9a-f]{8}$/u);
    expect(calls).toContain(`rm --force --time 0 ${name}`);
  });

  it("with several networks, one hung probe still lets every other probe finish and removes every container", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "podnet-spec-"));
    const many = webArm();
    for (let i = 1; i <= 5; i++) many.hosts["web-arm"].networks[`extra${i}`] = { ipv4: `172.21.${i}.0/24`, ipv6: `fdaa:bbcc:dd${i}0::/64` };
    writeFileSync(path.join(dir, "podnet.yaml"), stringify(many));
    // The probe on extra3 hangs; every other probe ends (podman's --rm removed those containers).
    const fake = standInPodman(`case "$1 $2" in
  "network inspect") echo '[{"subnets":[],"ipv6_enabled":true}]' ;;
  "run --rm") case "$*" in *"--network extra3 "*) exec sleep 1000 ;; esac; exit 0 ;;
  "rm --force") exit 0 ;;
esac`);
    const result = await podnet(args(fake.command), dir);
    expect(result.exitCode).toBe(2);
    const calls = readFileSync(fake.log, "utf8").split("\n");
    const runs = calls.filter((c) => c.startsWith("run --rm"));
    expect(runs).toHaveLength(6);
    const hung = runs.find((c) => c.includes("--network extra3 "))!;
    const name = hung.split(" ")[hung.split(" ").indexOf("--name") + 1];
    expect(calls).toContain(`rm --force --time 0 ${name}`);
  });
});
