// Runs the CommonJS bundle with a V8 code cache kept in the user's cache folder (ADR 13).
//
// Most of what the pre-commit hook waits for is V8 compiling the bundle's functions, the same
// ones on every commit. The cache is written after a run, so it holds every function that run
// compiled, not only the top level, and the next run starts from bytecode. (Node 22 does the
// same with module.enableCompileCache; podnet supports Node 20, which has no such thing, and ESM
// gives no way to hand V8 a cache, hence CommonJS and node:vm.)
//
// V8 runs the bytecode it is given, and checks it against the source only by length: a cache is
// trusted only from a folder that nobody else can change, down every folder of its path, and read
// only from a regular file of this user's. Any problem with it runs without one: a cache is an
// optimisation, never a reason to fail or to wait.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const { createRequire } = require("node:module");

/** How many caches (one per command, podnet build and Node version) stay in the folder. */
const keptCaches = 16;
/** The bundle's cache is under 1 MB; anything far larger is not one. */
const maxCacheBytes = 64 * 1024 * 1024;
/** A temporary older than this was left by a run that was killed. */
const staleTemporaryMs = 10 * 60 * 1000;
const cacheName = /^podnet-[a-z][a-z-]*-[0-9a-f]{32}\.v8cache(?:\.\d+\.tmp)?$/u;

/**
 * The cache folder, or undefined for none. PODNET_CACHE_DIR overrides it (empty: no cache);
 * otherwise $XDG_CACHE_HOME/podnet or ~/.cache/podnet. Relative paths are ignored (XDG says so,
 * and a hook would leave a cache folder in every repository); so is a home that does not exist.
 */
function cacheDirOf(env) {
  if (env.PODNET_CACHE_DIR !== undefined) return path.isAbsolute(env.PODNET_CACHE_DIR) ? env.PODNET_CACHE_DIR : undefined;
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

/** Whether only this user (or root) can change what is in folder `info`: ssh's rule, plus root's sticky /tmp. */
function guarded(info, uid) {
  if (!info.isDirectory() || (info.uid !== uid && info.uid !== 0)) return false;
  const othersWrite = (info.mode & 0o022) !== 0;
  return !othersWrite || (info.uid === 0 && (info.mode & 0o1000) !== 0);
}

/**
 * Makes the folder's missing parts, each 0700, but only inside a folder of this user's: root run
 * with someone's HOME must not leave them a ~/.cache they cannot write.
 */
function makeMissing(dir, uid) {
  const missing = [];
  let existing = dir;
  while (!fs.existsSync(existing)) {
    missing.unshift(existing);
    if (path.dirname(existing) === existing) return false;
    existing = path.dirname(existing);
  }
  if (missing.length === 0) return true;
  const parent = fs.statSync(existing);
  if (!parent.isDirectory() || parent.uid !== uid) return false;
  for (const part of missing) fs.mkdirSync(part, { mode: 0o700 });
  return true;
}

/**
 * The folder's real path when its cache can be trusted: it is this user's and nobody else can
 * write to it, and no folder above it can be changed by anyone but this user or root (else
 * someone could swap the folder between this check and the read).
 */
function trustedCacheDir(dir) {
  if (typeof process.getuid !== "function") return undefined;
  const uid = process.getuid();
  try {
    if (!makeMissing(dir, uid)) return undefined;
    const real = fs.realpathSync(dir);
    const own = fs.lstatSync(real);
    if (!own.isDirectory() || own.uid !== uid || (own.mode & 0o022) !== 0) return undefined;
    for (let above = path.dirname(real); ; above = path.dirname(above)) {
      if (!guarded(fs.lstatSync(above), uid)) return undefined;
      if (path.dirname(above) === above) return real;
    }
  } catch {
    return undefined;
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
  return path.join(dir, `podnet-${command}-${key}.v8cache`);
}

/** The cache's bytes, read only from a regular file of this user's that nobody else can write: never a FIFO, a device or a link. */
function readCache(file) {
  let fd;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
    const info = fs.fstatSync(fd);
    const sound = info.isFile() && info.uid === process.getuid() && (info.mode & 0o022) === 0 && info.nlink === 1;
    return sound && info.size <= maxCacheBytes ? fs.readFileSync(fd) : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Writes the cache whole or not at all, then drops all but the newest few of podnet's own files. */
function writeCache(dir, file, data) {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, data, { mode: 0o600, flag: "wx" });
    fs.renameSync(temporary, file);
  } catch {
    try {
      fs.unlinkSync(temporary);
    } catch {
      // Not there, or not a file: then it is not ours to remove.
    }
    return;
  }
  try {
    const now = Date.now();
    const entries = fs
      .readdirSync(dir)
      .filter((name) => cacheName.test(name))
      .map((name) => ({ name, info: fs.lstatSync(path.join(dir, name)) }))
      .filter(({ info }) => info.isFile())
      .sort((a, b) => b.info.mtimeMs - a.info.mtimeMs);
    const surplus = (entry, index) => index >= keptCaches || (entry.name.endsWith(".tmp") && now - entry.info.mtimeMs > staleTemporaryMs);
    for (const entry of entries.filter(surplus)) fs.unlinkSync(path.join(dir, entry.name));
  } catch {
    // Another podnet may be tidying the same folder.
  }
}

/**
 * Loads the CommonJS file `bundle` as Node would, with the code cache that `env`'s cache folder
 * holds for `command` (a name such as "generate"; "other" for anything else). Returns its exports,
 * `cache` ("off", "missing", "rejected" or "used") and `save()`, which stores what V8 has compiled
 * so far when the cache was not used, and never throws; call it once the work is done.
 */
function loadBundle(bundle, command, env = process.env) {
  const file = path.resolve(bundle);
  const source = fs.readFileSync(file, "utf8");
  const wanted = cacheDirOf(env);
  const dir = wanted === undefined ? undefined : trustedCacheDir(wanted);
  const cacheFile = dir === undefined ? undefined : cacheFileOf(dir, source, command);
  const cachedData = cacheFile === undefined ? undefined : readCache(cacheFile);

  // Node's own CommonJS wrapper, on the first line so that line numbers stay the file's.
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
  const script = new vm.Script(wrapped, { filename: file, cachedData });
  const module = { exports: {}, filename: file };
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));

  const cache = cacheFile === undefined ? "off" : cachedData === undefined ? "missing" : script.cachedDataRejected ? "rejected" : "used";
  const save = () => {
    if (cache !== "missing" && cache !== "rejected") return;
    try {
      writeCache(dir, cacheFile, script.createCachedData());
    } catch {
      // A cache that cannot be made is no cache.
    }
  };
  return { exports: module.exports, cache, save };
}

module.exports = { loadBundle, cacheDirOf };
