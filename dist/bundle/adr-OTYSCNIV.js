import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  repoRoot
} from "./chunk-QNIUKJUV.js";
import "./chunk-XCP5MDYN.js";
import {
  compileFile,
  report
} from "./chunk-MSAVCXTH.js";
import "./chunk-XKWGI5VV.js";
import "./chunk-WKHVYDBV.js";
import "./chunk-FQUV3JAX.js";
import "./chunk-FYIB653R.js";
import "./chunk-2JAZUINV.js";
import {
  UsageError,
  defaultIo,
  exitCodes
} from "./chunk-2UBQZ5RC.js";
import {
  renderMarkdown
} from "./chunk-PU62A5QG.js";
import "./chunk-XIH46RQF.js";
import {
  require_picocolors
} from "./chunk-PLONKWYQ.js";
import "./chunk-3WK5XVS4.js";
import {
  __toESM
} from "./chunk-JLHVTWXJ.js";

// src/commands/adr.ts
var import_picocolors = __toESM(require_picocolors(), 1);
import { existsSync } from "node:fs";
import { mkdir, readdir, rmdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";

// src/workflow/adr.ts
var adrFolders = ["docs/adr", "doc/adr", "adr"];
function nextAdrNumber(fileNames) {
  let highest = 0;
  for (const name of fileNames) {
    const match = /^(\d+)-.+\.md$/u.exec(name);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return highest + 1;
}
function slugify(title) {
  const slug = title.normalize("NFKD").replace(/[\u0300-\u036f]/gu, "").toLowerCase().replace(/[^a-z0-9]+/gu, "-").replace(/^-+|-+$/gu, "").slice(0, 60).replace(/-+$/u, "");
  return slug === "" ? "decision" : slug;
}
function adrFileName(number, title) {
  return `${String(number).padStart(4, "0")}-${slugify(title)}.md`;
}

// src/commands/adr.ts
async function findFolder(explicit) {
  if (explicit !== void 0) return { dir: path.resolve(explicit), created: !existsSync(explicit) };
  const base = await repoRoot(process.cwd()).catch(() => process.cwd());
  for (const candidate of adrFolders) {
    const dir = path.join(base, candidate);
    if (existsSync(dir)) return { dir, created: false };
  }
  return { dir: path.join(base, adrFolders[0]), created: true };
}
var listOf = (names) => names.length === 0 ? "none" : names.map((name) => `\`${name}\``).join(", ");
async function nat66Context(options, io) {
  if (options.spec === void 0) throw new UsageError("--network needs --spec <file> to read the network from");
  const compilation = await compileFile(options.spec);
  if (compilation.hosts.length === 0) {
    report(io, compilation.diagnostics);
    throw new UsageError(`${options.spec} has errors; fix them before writing an ADR from it`);
  }
  const candidates = compilation.hosts.filter(({ plan: plan2 }) => (options.host === void 0 || plan2.host === options.host) && plan2.networks.some((n) => n.name === options.network));
  if (candidates.length !== 1) {
    throw new UsageError(candidates.length === 0 ? `no host in ${options.spec} has a network ${options.network}` : `several hosts have a network ${options.network}; name one with --host`);
  }
  const { plan } = candidates[0];
  const network = plan.networks.find((n) => n.name === options.network);
  return {
    specFile: path.relative(process.cwd(), path.resolve(options.spec)) || options.spec,
    host: plan.host,
    network: network.name,
    uplinkInterface: plan.uplinkInterface,
    uplinkAddress: plan.uplinkAddress,
    sourceAddress: plan.uplinkAddress.split("/")[0],
    addressing: plan.acceptRa2 ? "slaac" : "static",
    slaac: plan.acceptRa2,
    ipv4: network.ipv4?.text ?? "no IPv4 subnet (ipv6-only)",
    ipv6: network.ipv6.text,
    containers: listOf(network.containers.map((c) => c.name)),
    untouched: listOf(plan.untouched)
  };
}
async function runAdrNew(title, options, io = defaultIo) {
  if (title.trim() === "") throw new UsageError('give the decision a title, e.g. podnet adr new "Use NAT66 for container egress"');
  if (options.network === void 0 && options.spec !== void 0) throw new UsageError("--spec is used with --network <name>");
  const context = options.network === void 0 ? {} : await nat66Context(options, io);
  const { dir, created } = await findFolder(options.dir);
  await mkdir(dir, { recursive: true });
  const date = options.date ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const lock = path.join(dir, ".podnet-adr.lock");
  await acquire(lock);
  try {
    const number = nextAdrNumber(await readdir(dir));
    const file = path.join(dir, adrFileName(number, title));
    const text = renderMarkdown(options.network === void 0 ? "adr-madr.md.hbs" : "adr-nat66.md.hbs", { ...context, number: String(number), title: title.trim(), date });
    try {
      await writeFile(file, text, { flag: "wx" });
    } catch (error) {
      throw new UsageError(`cannot write ${file}: ${error.message}`);
    }
    io.out(path.relative(process.cwd(), file) || file);
    if (created) io.err(import_picocolors.default.yellow(`created ${path.relative(process.cwd(), dir) || dir}`));
    return exitCodes.ok;
  } finally {
    await rmdir(lock).catch(() => void 0);
  }
}
async function acquire(lock) {
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      await mkdir(lock);
      return;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      const age = await stat(lock).then((info) => Date.now() - info.mtimeMs).catch(() => 0);
      if (age > 1e4) await rmdir(lock).catch(() => void 0);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
  throw new UsageError(`${path.dirname(lock)} stays locked by ${lock}; remove it if no other podnet is running`);
}
export {
  runAdrNew
};
