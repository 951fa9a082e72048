/**
 * bin/code-cache.js: the launcher's V8 code cache. It may make podnet start faster; it must never
 * make it run other code than the bundle on disk, trust a folder or file someone else can change,
 * wait on a FIFO, create folders in someone else's home, delete a file that is not its own, or
 * fail a run.
 */

import { execFileSync, spawnSync } from "node:child_process";
import {
  chmodSync,
  chownSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { execa } from "execa";
import { describe, expect, it } from "vitest";
import { podnetBin } from "../support/cli.js";
import { root } from "../support/files.js";
import { describeWith } from "../support/tools.js";

const codeCache = path.resolve(import.meta.dirname, "../../bin/code-cache.js");
const { cacheDirOf } = createRequire(import.meta.url)(codeCache) as { cacheDirOf: (env: NodeJS.ProcessEnv) => string | undefined };

interface Run {
  readonly cache: "off" | "missing" | "rejected" | "used";
  readonly answer: string;
}

/**
 * Loads `bundle` in a fresh Node, as bin/podnet.js does, and saves the cache when asked. A fresh
 * process each time: V8 keeps compiled scripts in memory, and a second load in one process would
 * never read the file at all.
 */
function load(bundle: string, command: string, env: NodeJS.ProcessEnv, save = true): Run {
  const script = `const run = require(${JSON.stringify(codeCache)}).loadBundle(process.argv[1], process.argv[2], process.env);
process.stdout.write(JSON.stringify({ cache: run.cache, answer: run.exports.answer() }));
if (process.argv[3] === "save") run.save();`;
  const output = execFileSync(process.execPath, ["-e", script, bundle, command, save ? "save" : "no"], {
    env,
    encoding: "utf8",
    timeout: 20_000,
  });
  return JSON.parse(output) as Run;
}

/** A bundle whose `answer()` says which text it was built from; many functions, so V8 has a cache to write. */
function bundleSaying(dir: string, word: string): string {
  const file = path.join(dir, "bundle.cjs");
  const helpers = Array.from({ length: 50 }, (_, i) => `function helper${i}(x) { return x + ${i}; }`).join("\n");
  writeFileSync(file, `${helpers}\nmodule.exports = { answer: () => ${JSON.stringify(word)} + helper7(0) };\n`);
  return file;
}

const cacheFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith(".v8cache"));

function fresh(): { work: string; cacheDir: string; env: NodeJS.ProcessEnv } {
  const work = mkdtempSync(path.join(tmpdir(), "podnet-code-cache-"));
  const cacheDir = path.join(work, "cache");
  return { work, cacheDir, env: { PODNET_CACHE_DIR: cacheDir } };
}

// Root: the cases make files and folders that belong to someone else (chown).
describeWith({ commands: ["mkfifo"], root: true }, "the launcher's code cache", () => {
  it("stores what a run compiled, in a folder and file only this user can read, and the next run uses it", () => {
    const { work, cacheDir, env } = fresh();
    const bundle = bundleSaying(work, "first");
    expect(load(bundle, "generate", env)).toEqual({ cache: "missing", answer: "first7" });
    const [file] = cacheFiles(cacheDir);
    expect(file).toMatch(/^podnet-generate-[0-9a-f]{32}\.v8cache$/u);
    expect(statSync(cacheDir).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(cacheDir, file!)).mode & 0o777).toBe(0o600);
    expect(load(bundle, "generate", env)).toEqual({ cache: "used", answer: "first7" });
    expect(cacheFiles(cacheDir)).toEqual([file]);
  });

  it("never gives a bundle the cache of another text, even one of the same length (V8 checks only the length)", () => {
    const { work, cacheDir, env } = fresh();
    expect(load(bundleSaying(work, "alpha"), "generate", env).answer).toBe("alpha7");
    expect(load(bundleSaying(work, "omega"), "generate", env)).toEqual({ cache: "missing", answer: "omega7" });
    expect(load(bundleSaying(work, "omega"), "generate", env)).toEqual({ cache: "used", answer: "omega7" });
    expect(cacheFiles(cacheDir)).toHaveLength(2);
  });

  it("keeps one cache per command, so a short first command does not leave the hook a thin cache", () => {
    const { work, cacheDir, env } = fresh();
    const bundle = bundleSaying(work, "x");
    load(bundle, "other", env);
    expect(load(bundle, "hook", env, false).cache).toBe("missing");
    expect(load(bundle, "other", env).cache).toBe("used");
    expect(cacheFiles(cacheDir).map((name) => name.split("-")[1])).toEqual(["other"]);
  });

  it("rejects a corrupt or truncated cache, runs the bundle all the same and writes a good one", () => {
    const { work, cacheDir, env } = fresh();
    const bundle = bundleSaying(work, "sound");
    load(bundle, "generate", env);
    const file = path.join(cacheDir, cacheFiles(cacheDir)[0]!);
    const good = readFileSync(file);
    for (const broken of [Buffer.from("not bytecode at all"), Buffer.alloc(0), good.subarray(0, good.length >> 1)]) {
      writeFileSync(file, broken);
      expect(load(bundle, "generate", env)).toEqual({ cache: "rejected", answer: "sound7" });
      expect(load(bundle, "generate", env)).toEqual({ cache: "used", answer: "sound7" });
    }
  });

  it("reads a cache only from a regular file of this user's: never a FIFO, a device, a link or a file others can write", () => {
    const spoilers: Record<string, (file: string, good: Buffer) => void> = {
      fifo: (file) => execFileSync("mkfifo", [file]),
      "link to a device": (file) => symlinkSync("/dev/zero", file),
      "link to a good cache": (file, good) => {
        writeFileSync(`${file}.real`, good, { mode: 0o600 });
        symlinkSync(`${file}.real`, file);
      },
      "hard link": (file, good) => {
        writeFileSync(file, good, { mode: 0o600 });
        linkSync(file, `${file}.second`);
      },
      "writable by others": (file, good) => {
        writeFileSync(file, good);
        chmodSync(file, 0o666);
      },
      "someone else's": (file, good) => {
        writeFileSync(file, good, { mode: 0o600 });
        chownSync(file, 65534, 65534);
      },
      folder: (file) => mkdirSync(file),
    };
    for (const [name, spoil] of Object.entries(spoilers)) {
      const { work, cacheDir, env } = fresh();
      const bundle = bundleSaying(work, "safe");
      load(bundle, "generate", env);
      const file = path.join(cacheDir, cacheFiles(cacheDir)[0]!);
      const good = readFileSync(file);
      rmSync(file);
      spoil(file, good);
      // The timeout in load() fails the test if a FIFO or /dev/zero makes it wait or grow.
      expect(load(bundle, "generate", env, false), name).toEqual({ cache: "missing", answer: "safe7" });
    }
  });

  it("does not trust a folder, or a folder above it, that others can write or that belongs to someone else", () => {
    const spoilers = [
      (dir: string) => chmodSync(dir, 0o777),
      (dir: string) => chmodSync(dir, 0o720),
      (dir: string) => chownSync(dir, 65534, 65534),
      (dir: string) => chmodSync(path.dirname(dir), 0o777),
      // Sticky and open to all, like /tmp, but someone else's: they may replace what is in it.
      (dir: string) => {
        chmodSync(path.dirname(dir), 0o1777);
        chownSync(path.dirname(dir), 65534, 65534);
      },
      (dir: string) => chownSync(path.dirname(dir), 65534, 65534),
    ];
    for (const [index, spoil] of spoilers.entries()) {
      const { work, env } = fresh();
      const cacheDir = path.join(work, "shared", "podnet");
      mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
      spoil(cacheDir);
      const bundle = bundleSaying(work, "guarded");
      expect(load(bundle, "generate", { ...env, PODNET_CACHE_DIR: cacheDir }), `spoiler ${index}`).toEqual({
        cache: "off",
        answer: "guarded7",
      });
      expect(cacheFiles(cacheDir)).toEqual([]);
    }
  });

  it("runs without a cache where there is no usable folder, and makes no folder in a home that is not this user's", () => {
    const { work } = fresh();
    const bundle = bundleSaying(work, "plain");
    const inTheWay = path.join(work, "a-file");
    writeFileSync(inTheWay, "");
    const homeless = path.join(work, "homeless-shelter");
    const theirHome = path.join(work, "their-home");
    mkdirSync(theirHome);
    chownSync(theirHome, 65534, 65534);
    const settings = [
      { PODNET_CACHE_DIR: "" },
      { PODNET_CACHE_DIR: "relative/cache" },
      { PODNET_CACHE_DIR: inTheWay },
      { PODNET_CACHE_DIR: path.join(inTheWay, "below") },
      { HOME: homeless },
      // root with a user's HOME (su without -, sudo -E): their ~/.cache must not become root's.
      { HOME: theirHome },
      {},
    ];
    for (const setting of settings) {
      expect(load(bundle, "generate", setting), JSON.stringify(setting)).toEqual({ cache: "off", answer: "plain7" });
    }
    expect(existsSync(homeless)).toBe(false);
    expect(readdirSync(theirHome)).toEqual([]);
    expect(existsSync(path.join(process.cwd(), "relative"))).toBe(false);
  });

  it("makes ~/.cache/podnet in this user's own home", () => {
    const { work } = fresh();
    const home = path.join(work, "home");
    mkdirSync(home);
    expect(load(bundleSaying(work, "home"), "generate", { HOME: home }).cache).toBe("missing");
    expect(statSync(path.join(home, ".cache")).mode & 0o777).toBe(0o700);
    expect(cacheFiles(path.join(home, ".cache/podnet"))).toHaveLength(1);
  });

  it("finds the folder as XDG says: PODNET_CACHE_DIR, then $XDG_CACHE_HOME/podnet, then ~/.cache/podnet", () => {
    const home = mkdtempSync(path.join(tmpdir(), "podnet-home-"));
    expect(cacheDirOf({ PODNET_CACHE_DIR: "/c", XDG_CACHE_HOME: "/x", HOME: home })).toBe("/c");
    expect(cacheDirOf({ PODNET_CACHE_DIR: "rel", XDG_CACHE_HOME: "/x", HOME: home })).toBeUndefined();
    expect(cacheDirOf({ XDG_CACHE_HOME: "/x", HOME: home })).toBe("/x/podnet");
    // A relative XDG_CACHE_HOME is invalid by the spec and ignored.
    expect(cacheDirOf({ XDG_CACHE_HOME: "x", HOME: home })).toBe(path.join(home, ".cache/podnet"));
    expect(cacheDirOf({ HOME: home })).toBe(path.join(home, ".cache/podnet"));
    expect(cacheDirOf({ HOME: "relative" })).toBeUndefined();
    expect(cacheDirOf({})).toBeUndefined();
  });

  it("keeps only the newest caches and removes a killed run's temporary, and nothing that is not its own", () => {
    const { work, cacheDir, env } = fresh();
    mkdirSync(cacheDir, { mode: 0o700 });
    const old = (name: string, age: number) => {
      writeFileSync(path.join(cacheDir, name), "old");
      utimesSync(path.join(cacheDir, name), 1000 + age, 1000 + age);
    };
    for (let i = 0; i < 20; i++) old(`podnet-generate-${String(i).padStart(32, "0")}.v8cache`, i + 100);
    old(`podnet-hook-${"a".repeat(32)}.v8cache.4242.tmp`, 0);
    const theirs = ["someone-elses-file", "podnet-site01.yaml", "podnet-generate-notahash.v8cache"];
    for (const name of theirs) old(name, 0);
    load(bundleSaying(work, "new"), "generate", env);
    const kept = cacheFiles(cacheDir);
    expect(kept.filter((name) => /^podnet-generate-[0-9a-f]{32}/u.test(name))).toHaveLength(16);
    expect(kept).not.toContain(`podnet-generate-${"0".repeat(32)}.v8cache`);
    expect(readdirSync(cacheDir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    for (const name of theirs) expect(existsSync(path.join(cacheDir, name)), name).toBe(true);
  });

  it("never fails a run when the cache cannot be written", () => {
    const { work, env } = fresh();
    const bundle = bundleSaying(work, "steady");
    load(bundle, "generate", env);
    // The cache gone, and its temporary's name taken by a folder with a file in it: save() cannot
    // write, cannot remove what is in the way, and must say nothing.
    const blocked = `const run = require(${JSON.stringify(codeCache)}).loadBundle(process.argv[1], "generate", process.env);
const fs = require("node:fs");
const file = process.env.PODNET_CACHE_DIR + "/" + fs.readdirSync(process.env.PODNET_CACHE_DIR)[0];
fs.rmSync(file);
fs.mkdirSync(file + "." + process.pid + ".tmp");
fs.writeFileSync(file + "." + process.pid + ".tmp/x", "");
run.save();
process.stdout.write(run.cache + " " + run.exports.answer());`;
    const result = spawnSync(process.execPath, ["-e", blocked, bundle], { env, encoding: "utf8", timeout: 20_000 });
    expect([result.status, result.stdout, result.stderr]).toEqual([0, "used steady7", ""]);
  });
});

describe("podnet with its code cache", () => {
  const run = (args: string[], dir: string) =>
    execa(process.execPath, [podnetBin, ...args], { cwd: root, reject: false, env: { NO_COLOR: "1", PODNET_CACHE_DIR: dir } });

  it("prints and exits the same with no cache, when writing it and when using it", async () => {
    for (const args of [["generate", "--check", "examples/web-arm.yaml"], ["validate", "test/golden/fleet.yaml"], ["--help"], ["gena"]]) {
      const { cacheDir } = fresh();
      const none = await run(args, "");
      const writing = await run(args, cacheDir);
      const [file] = cacheFiles(cacheDir);
      const written = { bytes: readFileSync(path.join(cacheDir, file!)), mtime: statSync(path.join(cacheDir, file!)).mtimeMs };
      const using = await run(args, cacheDir);
      // Used, not rejected and written again.
      expect({ bytes: readFileSync(path.join(cacheDir, file!)), mtime: statSync(path.join(cacheDir, file!)).mtimeMs }).toEqual(written);
      for (const result of [writing, using]) {
        expect([result.exitCode, result.stdout, result.stderr], args.join(" ")).toEqual([none.exitCode, none.stdout, none.stderr]);
      }
      expect(cacheFiles(cacheDir)).toHaveLength(1);
    }
  });

  it("runs the bundle strict, as the tests run src/: the directive opens the file", () => {
    // After the banner's first statement, "use strict" would be a plain string, and sloppy mode
    // would let a write to a frozen object or an undeclared name pass silently.
    expect(readFileSync(path.join(root, "dist/bundle/cli.cjs"), "utf8").startsWith('"use strict";\n')).toBe(true);
  });

  it("keeps a cache for each of podnet's commands and one for anything else, typos included", async () => {
    const help = await run(["--help"], "");
    const commandsPart = help.stdout.slice(help.stdout.indexOf("Commands:"));
    const listed = [...commandsPart.matchAll(/^ {2}([a-z-]+)/gmu)].map((match) => match[1]!).filter((name) => name !== "help");
    const launcher = readFileSync(podnetBin, "utf8");
    const known = JSON.parse(/const commands = (\[[^\]]*\]);/u.exec(launcher)![1]!) as string[];
    expect([...known].sort()).toEqual([...listed].sort());

    const { cacheDir } = fresh();
    for (const args of [["gena"], ["genb"], ["--version"], ["ula"]]) await run(args, cacheDir);
    expect(
      cacheFiles(cacheDir)
        .map((name) => name.split("-")[1])
        .sort(),
    ).toEqual(["other", "ula"]);
  });
});
