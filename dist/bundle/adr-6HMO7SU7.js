import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  compileFile,
  report
} from "./chunk-6ZRW5OH6.js";
import {
  UsageError,
  createNewFile,
  defaultIo,
  exitCodes,
  shownPath,
  unprintableIn,
  visible
} from "./chunk-T6VZR3GU.js";
import {
  repoRoot
} from "./chunk-OUUMGH72.js";
import {
  fsReason
} from "./chunk-OINXVUR3.js";
import "./chunk-5CLBVMWX.js";
import "./chunk-53LKOIPB.js";
import {
  renderMarkdown
} from "./chunk-MT4IZ2QA.js";
import "./chunk-62BEAWWP.js";
import {
  require_picocolors
} from "./chunk-PLONKWYQ.js";
import "./chunk-2AQNUPCB.js";
import "./chunk-SZD23DPG.js";
import "./chunk-DTFT4EZT.js";
import "./chunk-4AY7RP2N.js";
import {
  __toESM
} from "./chunk-JLHVTWXJ.js";

// src/cli/adr.ts
var import_picocolors = __toESM(require_picocolors(), 1);
import { lstat, mkdir, readdir, rmdir, stat } from "node:fs/promises";
import path from "node:path";

// src/emit/adr-records.ts
var adrFolders = ["docs/adr", "doc/adr", "adr"];
function nextAdrNumber(fileNames) {
  let highest = 0n;
  for (const name of fileNames) {
    const match = /^(\d+)-.+\.md$/u.exec(name);
    if (match) {
      const number = BigInt(match[1]);
      if (number > highest) highest = number;
    }
  }
  return highest + 1n;
}
function slugify(title) {
  const slug = title.normalize("NFKD").replace(/[\u0300-\u036f]/gu, "").toLowerCase().replace(/[^a-z0-9]+/gu, "-").replace(/^-+|-+$/gu, "").slice(0, 60).replace(/-+$/u, "");
  return slug === "" ? "decision" : slug;
}
function adrFileName(number, title) {
  return `${String(number).padStart(4, "0")}-${slugify(title)}.md`;
}
var maxFileNameBytes = 255;
var maxTitleLength = 200;
function isIsoDate(date) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}

// src/cli/adr.ts
function titleProblem(title) {
  if (title.trim() === "") return 'give the decision a title, e.g. podnet adr new "Use NAT66 for container egress"';
  const bad = unprintableIn(title);
  if (bad !== void 0) return `the title contains ${bad}; a title is one line of plain text`;
  const length = [...title.trim()].length;
  if (length > maxTitleLength)
    return `the title is ${length} characters long; keep it to at most ${maxTitleLength} and put the details in the record`;
  return void 0;
}
function checkOptions(title, options) {
  const problem = titleProblem(title);
  if (problem !== void 0) throw new UsageError(problem);
  if (options.network === void 0 && options.spec !== void 0) throw new UsageError("--spec is used with --network <name>");
  if (options.network === void 0 && options.host !== void 0) throw new UsageError("--host is used with --network <name>");
  if (options.date !== void 0 && !isIsoDate(options.date))
    throw new UsageError(`--date ${visible(options.date)} is not a date; write it as YYYY-MM-DD, e.g. 2026-11-24`);
  if (options.dir !== void 0) {
    if (options.dir === "") throw new UsageError("--dir needs a folder, e.g. --dir docs/adr");
    const bad = unprintableIn(options.dir);
    if (bad !== void 0) throw new UsageError(`--dir ${visible(options.dir)} contains ${bad}; name a folder without one`);
  }
}
var kindOf = (info) => info.isFile() ? "a file" : info.isFIFO() ? "a FIFO (named pipe)" : info.isSocket() ? "a socket" : "a device";
async function folderState(dir) {
  const missing = [];
  for (let current = dir; ; current = path.dirname(current)) {
    let exists;
    try {
      await lstat(current);
      exists = true;
    } catch (error) {
      if (error.code !== "ENOENT")
        return { kind: "unusable", reason: `${shownPath(current)}: ${fsReason(error)}` };
      exists = false;
    }
    if (!exists) {
      missing.unshift(current);
      if (path.dirname(current) === current) return { kind: "unusable", reason: `${shownPath(current)} does not exist` };
      continue;
    }
    try {
      const info = await stat(current);
      if (!info.isDirectory()) return { kind: "unusable", reason: `${shownPath(current)} is ${kindOf(info)}, not a folder` };
    } catch (error) {
      const code = error.code;
      return {
        kind: "unusable",
        reason: `${shownPath(current)} ${code === "ENOENT" ? "is a symbolic link that points nowhere" : `cannot be used: ${fsReason(error)}`}`
      };
    }
    return missing.length === 0 ? { kind: "folder" } : { kind: "missing", missing };
  }
}
async function findFolder(explicit) {
  if (explicit !== void 0) return path.resolve(explicit);
  const base = await repoRoot(process.cwd()).catch(() => process.cwd());
  for (const candidate of adrFolders) {
    const dir = path.join(base, candidate);
    if (await stat(dir).then((info) => info.isDirectory()).catch(() => false))
      return dir;
  }
  return path.join(base, adrFolders[0]);
}
async function makeFolder(dir, explicit) {
  const state = await folderState(dir);
  const how = explicit ? "pass --dir with a folder (podnet makes it if it is missing)" : "pass --dir with the folder for your records";
  if (state.kind === "unusable") throw new UsageError(`cannot put records in ${shownPath(dir)}: ${state.reason}; ${how}`);
  if (state.kind === "folder") return [];
  const made = [];
  for (const folder of state.missing) {
    try {
      await mkdir(folder);
      made.push(folder);
    } catch (error) {
      await removeFolders(made);
      throw new UsageError(`cannot make ${shownPath(folder)}: ${fsReason(error)}; ${how}`);
    }
  }
  return made;
}
async function removeFolders(made) {
  for (const folder of [...made].reverse()) await rmdir(folder).catch(() => void 0);
}
var listOf = (names) => names.length === 0 ? "none" : names.map((name) => `\`${name}\``).join(", ");
async function nat66Context(options, io) {
  if (options.spec === void 0) throw new UsageError("--network needs --spec <file> to read the network from");
  const compilation = await compileFile(options.spec);
  if (compilation.hosts.length === 0) {
    report(io, compilation.diagnostics);
    throw new UsageError(`${options.spec} has errors; fix them before writing an ADR from it`);
  }
  const candidates = compilation.hosts.filter(
    ({ plan: plan2 }) => (options.host === void 0 || plan2.host === options.host) && plan2.networks.some((n) => n.name === options.network)
  );
  if (candidates.length !== 1) {
    throw new UsageError(
      candidates.length === 0 ? `no host in ${options.spec} has a network ${options.network}` : `several hosts have a network ${options.network}; name one with --host`
    );
  }
  const { plan } = candidates[0];
  const network = plan.networks.find((n) => n.name === options.network);
  return {
    // The only free text here: names and addresses come from the validated spec.
    specFile: shownPath(path.resolve(options.spec)),
    host: plan.host,
    network: network.name,
    uplinkInterface: plan.uplinkInterface,
    uplinkAddress: `${plan.uplink.address.text}/${plan.uplink.prefix}`,
    sourceAddress: plan.uplink.address.text,
    acceptRaKey: plan.acceptRaKey,
    addressing: plan.acceptRa2 ? "slaac" : "static",
    slaac: plan.acceptRa2,
    ipv4: network.ipv4?.text ?? "no IPv4 subnet (ipv6-only)",
    ipv6: network.ipv6.text,
    containers: listOf(network.containers.map((c) => c.name)),
    untouched: listOf(plan.untouched)
  };
}
async function writeRecord(dir, title, render) {
  const lock = path.join(dir, ".podnet-adr.lock");
  await acquire(lock);
  try {
    const names = await readdir(dir).catch((error) => {
      throw new UsageError(`cannot read ${shownPath(dir)}: ${fsReason(error)}`);
    });
    const number = nextAdrNumber(names);
    const name = adrFileName(number, title);
    if (Buffer.byteLength(name) > maxFileNameBytes) {
      throw new UsageError(
        `the next record number in ${shownPath(dir)} would have ${String(number).length} digits, too many for a file name; renumber the record with the highest number`
      );
    }
    const file = path.join(dir, name);
    await createNewFile(file, render(number));
    return file;
  } finally {
    await rmdir(lock).catch(() => void 0);
  }
}
async function runAdrNew(title, options, io = defaultIo) {
  checkOptions(title, options);
  const context = options.network === void 0 ? {} : await nat66Context(options, io);
  const date = options.date ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const template = options.network === void 0 ? "adr-madr.md.hbs" : "adr-nat66.md.hbs";
  const render = (number) => renderMarkdown(template, { ...context, number: String(number), title: title.trim(), date });
  render(1n);
  const dir = await findFolder(options.dir);
  const made = await makeFolder(dir, options.dir !== void 0);
  let file;
  try {
    file = await writeRecord(dir, title, render);
  } catch (error) {
    await removeFolders(made);
    throw error;
  }
  io.out(shownPath(file));
  if (made.length > 0) io.err(import_picocolors.default.yellow(`created ${shownPath(dir)}`));
  return exitCodes.ok;
}
async function acquire(lock) {
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      await mkdir(lock);
      return;
    } catch (error) {
      if (error.code !== "EEXIST")
        throw new UsageError(`cannot write in ${shownPath(path.dirname(lock))}: ${fsReason(error)}`);
      const age = await stat(lock).then((info) => Date.now() - info.mtimeMs).catch(() => 0);
      if (age > 1e4) await rmdir(lock).catch(() => void 0);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
  throw new UsageError(`${shownPath(path.dirname(lock))} stays locked by ${shownPath(lock)}; remove it if no other podnet is running`);
}
export {
  runAdrNew
};
