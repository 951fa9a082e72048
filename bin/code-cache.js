// Runs the CommonJS bundle with a V8 code cache kept in the user's cache folder (ADR 13).
//
// Most of what the pre-commit hook waits for is V8 compiling the bundle's functions, the same
// ones on every commit. The cache is written after a run, so it holds every function that run
// compiled, not only the top level, and the next run starts from bytecode. (Node 22 does the
// same with module.enableCompileCache; podnet supports Node 20, which has no such thing, and ESM
// gives no way to hand V8 a cache, hence CommonJS and node:vm.)
//
// A cache is an optimisation, never a reason to fail: any problem with it runs without one.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const { createRequire } = require("node:module");

/** How many caches (one per command, podnet build and Node version) stay in the folder. */
const keptCaches = 16;

/**
 * The cache folder, or undefined for none. PODNET_CACHE_DIR overrides it (empty: no cache);
 * otherwise $XDG_CACHE_HOME/podnet or ~/.cache/podnet. A home that does not exist (Nix builds set
 * HOME=/homeless-shelter) is never created.
 */
function cacheDirOf(env) {
  if (env.PODNET_CACHE_DIR !== undefined) return env.PODNET_CACHE_DIR === "" ? undefined : path.resolve(env.PODNET_CACHE_DIR);
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) return path.join(env.XDG_CACHE_HOME, "podnet");
  if (!env.HOME || !path.isAbsolute(env.HOME) || !isDirectory(env.HOME)) return undefined;
  return path.join(env.HOME, ".cache", "podnet");
}

function isDirectory(dir) {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Makes the folder if needed and says whether its bytecode can be trusted: V8 runs what it finds
 * there, so the folder must be this user's own and writable by nobody else.
 */
function usableCacheDir(dir) {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const info = fs.lstatSync(dir);
    return info.isDirectory() && info.uid === process.getuid() && (info.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/**
 * The cache file for this exact bundle text on this Node, for one command: V8 itself only checks
 * the source's length, its own version and its flags, so the name carries a hash of the text.
 * Each command has its own, so that a `podnet --help` run first does not leave the hook a cache
 * without the compiler's functions.
 */
function cacheFileOf(dir, source, command) {
  const { createHash } = require("node:crypto");
  const key = createHash("sha256").update(`${process.version}\0${process.arch}\0`).update(source).digest("hex").slice(0, 32);
  const name = /^[a-z][a-z-]{0,19}$/.test(command ?? "") ? command : "other";
  return path.join(dir, `podnet-${name}-${key}.v8cache`);
}

function readCache(file) {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes the cache whole or not at all, then drops all but the newest few. */
function writeCache(dir, file, data) {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, data, { mode: 0o600, flag: "wx" });
    fs.renameSync(temporary, file);
  } catch {
    fs.rmSync(temporary, { force: true });
    return;
  }
  try {
    const entries = fs
      .readdirSync(dir)
      .filter((name) => name.startsWith("podnet-"))
      .map((name) => ({ name, mtime: fs.lstatSync(path.join(dir, name)).mtimeMs }))
      .sort((a, b) => b.mtime - a.mtime);
    for (const { name } of entries.slice(keptCaches)) fs.rmSync(path.join(dir, name), { force: true });
  } catch {
    // Another podnet may be tidying the same folder.
  }
}

/**
 * Loads the CommonJS file `bundle` as Node would, with the code cache that `env`'s cache folder
 * holds for `command`. Returns its exports, `cache` ("off", "missing", "rejected" or "used") and
 * `save()`, which stores what V8 has compiled so far when the cache was not used; call it once the
 * work is done.
 */
function loadBundle(bundle, command, env = process.env) {
  const file = path.resolve(bundle);
  const source = fs.readFileSync(file, "utf8");
  const dir = cacheDirOf(env);
  const cacheFile = dir !== undefined && usableCacheDir(dir) ? cacheFileOf(dir, source, command) : undefined;
  const cachedData = cacheFile === undefined ? undefined : readCache(cacheFile);

  // Node's own CommonJS wrapper, on the first line so that line numbers stay the file's.
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
  const script = new vm.Script(wrapped, { filename: file, cachedData });
  const module = { exports: {}, filename: file };
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));

  const cache = cacheFile === undefined ? "off" : cachedData === undefined ? "missing" : script.cachedDataRejected ? "rejected" : "used";
  const save = () => {
    if (cache === "missing" || cache === "rejected") writeCache(dir, cacheFile, script.createCachedData());
  };
  return { exports: module.exports, cache, save };
}

module.exports = { loadBundle, cacheDirOf };
