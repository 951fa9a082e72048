/**
 * bin/code-cache.js: the launcher's V8 code cache. It may make podnet start faster; it must never
 * make it run other code than the bundle on disk, trust a folder someone else can write, create a
 * home that does not exist, or fail a run.
 */

import { execFileSync } from "node:child_process";
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
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
  const output = execFileSync(process.execPath, ["-e", script, bundle, command, save ? "save" : "no"], { env, encoding: "utf8" });
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

describe("the launcher's code cache", () => {
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
    load(bundle, "--help", env);
    expect(load(bundle, "hook", env, false).cache).toBe("missing");
    expect(load(bundle, "--help", env).cache).toBe("used");
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

  it("does not trust a folder that others can write or that belongs to someone else", () => {
    for (const spoil of [
      (dir: string) => chmodSync(dir, 0o777),
      (dir: string) => chmodSync(dir, 0o720),
      (dir: string) => chownSync(dir, 65534, 65534),
    ]) {
      const { work, cacheDir, env } = fresh();
      const bundle = bundleSaying(work, "guarded");
      mkdirSync(cacheDir, { mode: 0o700 });
      spoil(cacheDir);
      expect(load(bundle, "generate", env)).toEqual({ cache: "off", answer: "guarded7" });
      expect(cacheFiles(cacheDir)).toEqual([]);
    }
  });

  it("runs without a cache where there is no usable folder, and never creates a missing home", () => {
    const { work, env } = fresh();
    const bundle = bundleSaying(work, "plain");
    const inTheWay = path.join(work, "a-file");
    writeFileSync(inTheWay, "");
    const homeless = path.join(work, "homeless-shelter");
    for (const setting of [
      { PODNET_CACHE_DIR: "" },
      { PODNET_CACHE_DIR: inTheWay },
      { PODNET_CACHE_DIR: path.join(inTheWay, "below") },
      { HOME: homeless },
      {},
    ]) {
      expect(load(bundle, "generate", setting), JSON.stringify(setting)).toEqual({ cache: "off", answer: "plain7" });
    }
    expect(existsSync(homeless)).toBe(false);
    expect(env.PODNET_CACHE_DIR).toBeDefined();
  });

  it("finds the folder as XDG says: PODNET_CACHE_DIR, then $XDG_CACHE_HOME/podnet, then ~/.cache/podnet", () => {
    const home = mkdtempSync(path.join(tmpdir(), "podnet-home-"));
    expect(cacheDirOf({ PODNET_CACHE_DIR: "rel", XDG_CACHE_HOME: "/x", HOME: home })).toBe(path.resolve("rel"));
    expect(cacheDirOf({ XDG_CACHE_HOME: "/x", HOME: home })).toBe("/x/podnet");
    // A relative XDG_CACHE_HOME is invalid by the spec and ignored.
    expect(cacheDirOf({ XDG_CACHE_HOME: "x", HOME: home })).toBe(path.join(home, ".cache/podnet"));
    expect(cacheDirOf({ HOME: home })).toBe(path.join(home, ".cache/podnet"));
    expect(cacheDirOf({ HOME: "relative" })).toBeUndefined();
    expect(cacheDirOf({})).toBeUndefined();
  });

  it("keeps only the newest caches", () => {
    const { work, cacheDir, env } = fresh();
    mkdirSync(cacheDir, { mode: 0o700 });
    for (let i = 0; i < 20; i++) {
      const old = path.join(cacheDir, `podnet-generate-${String(i).padStart(32, "0")}.v8cache`);
      writeFileSync(old, "old");
      utimesSync(old, 1000 + i, 1000 + i);
    }
    writeFileSync(path.join(cacheDir, "someone-elses-file"), "");
    load(bundleSaying(work, "new"), "generate", env);
    const kept = cacheFiles(cacheDir);
    expect(kept).toHaveLength(16);
    expect(kept.filter((name) => !name.includes("0000000000"))).toHaveLength(1);
    expect(kept).not.toContain(`podnet-generate-${"0".repeat(32)}.v8cache`);
    expect(existsSync(path.join(cacheDir, "someone-elses-file"))).toBe(true);
  });
});

describe("podnet with its code cache", () => {
  it("prints and exits the same with no cache, when writing it and when using it", async () => {
    const { cacheDir } = fresh();
    const run = (dir: string) =>
      execa(process.execPath, [podnetBin, "generate", "--check", "examples/web-arm.yaml"], {
        cwd: root,
        reject: false,
        env: { NO_COLOR: "1", PODNET_CACHE_DIR: dir },
      });
    const none = await run("");
    const writing = await run(cacheDir);
    expect(cacheFiles(cacheDir)).toHaveLength(1);
    const using = await run(cacheDir);
    for (const result of [writing, using]) {
      expect([result.exitCode, result.stdout, result.stderr]).toEqual([none.exitCode, none.stdout, none.stderr]);
    }
    expect(none.exitCode).toBe(0);
  });
});
