import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  createNewFile
} from "./chunk-SU6HUM3D.js";
import {
  compileFile,
  report
} from "./chunk-UXTV7GKO.js";
import {
  UsageError,
  defaultIo,
  exitCodes,
  shownPath,
  unprintableIn,
  visible
} from "./chunk-UYYARZLR.js";
import {
  repoRoot
} from "./chunk-OB7U57EJ.js";
import {
  WriteError
} from "./chunk-6RWGNLHB.js";
import "./chunk-T2A7LUK5.js";
import {
  fsReason,
  kindOf
} from "./chunk-56WBP2GW.js";
import "./chunk-SWBD3IF4.js";
import "./chunk-PP4YCQD2.js";
import {
  renderMarkdown
} from "./chunk-4VMIDXTV.js";
import "./chunk-B26B2GMG.js";
import "./chunk-3NSS24ZZ.js";
import "./chunk-YDHEUPTJ.js";
import "./chunk-GBUKYKON.js";
import "./chunk-DTFT4EZT.js";
import "./chunk-4AY7RP2N.js";
import "./chunk-YGBQ2C5R.js";
import {
  require_picocolors
} from "./chunk-PLONKWYQ.js";
import "./chunk-2AQNUPCB.js";
import {
  __toESM
} from "./chunk-JLHVTWXJ.js";

// src/cli/adr.ts
var import_picocolors = __toESM(require_picocolors(), 1);
import path2 from "node:path";

// src/emit/adr-files.ts
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

// src/emit/adr-files.ts
var AdrFileError = class extends Error {
  constructor(problem) {
    super(`${problem.at}: ${problem.kind}`);
    this.problem = problem;
  }
  name = "AdrFileError";
};
async function findAdrFolder(explicit) {
  if (explicit !== void 0) return path.resolve(explicit);
  const base = await repoRoot(process.cwd()).catch(() => process.cwd());
  for (const candidate of adrFolders) {
    const dir = path.join(base, candidate);
    if (await stat(dir).then((info) => info.isDirectory()).catch(() => false))
      return dir;
  }
  return path.join(base, adrFolders[0]);
}
async function missingFolders(dir) {
  const missing = [];
  for (let current = dir; ; current = path.dirname(current)) {
    let exists;
    try {
      await lstat(current);
      exists = true;
    } catch (error) {
      if (error.code !== "ENOENT") throw new AdrFileError({ kind: "cannot look", at: current, cause: error });
      exists = false;
    }
    if (!exists) {
      missing.unshift(current);
      if (path.dirname(current) === current) throw new AdrFileError({ kind: "no root", at: current });
      continue;
    }
    let info;
    try {
      info = await stat(current);
    } catch (error) {
      throw new AdrFileError(
        error.code === "ENOENT" ? { kind: "dangling link", at: current } : { kind: "cannot use", at: current, cause: error }
      );
    }
    if (!info.isDirectory()) throw new AdrFileError({ kind: "not a folder", at: current, what: info.isFile() ? "a file" : kindOf(info) });
    return missing;
  }
}
async function makeFolder(dir) {
  const made = [];
  for (const folder of await missingFolders(dir)) {
    try {
      await mkdir(folder);
      made.push(folder);
    } catch (error) {
      await removeFolders(made);
      throw new AdrFileError({ kind: "cannot make", at: folder, cause: error });
    }
  }
  return made;
}
async function removeFolders(made) {
  for (const folder of [...made].reverse()) await rmdir(folder).catch(() => void 0);
}
async function acquire(lock) {
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      await mkdir(lock);
      return;
    } catch (error) {
      if (error.code !== "EEXIST")
        throw new AdrFileError({ kind: "cannot lock", at: path.dirname(lock), cause: error });
      const age = await stat(lock).then((info) => Date.now() - info.mtimeMs).catch(() => 0);
      if (age > 1e4) await rmdir(lock).catch(() => void 0);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
  throw new AdrFileError({ kind: "locked", at: path.dirname(lock), lock });
}
async function writeRecord(dir, title, render) {
  const lock = path.join(dir, ".podnet-adr.lock");
  await acquire(lock);
  try {
    const names = await readdir(dir).catch((error) => {
      throw new AdrFileError({ kind: "cannot list", at: dir, cause: error });
    });
    const number = nextAdrNumber(names);
    const name = adrFileName(number, title);
    if (Buffer.byteLength(name) > maxFileNameBytes)
      throw new AdrFileError({ kind: "number too long", at: dir, digits: String(number).length });
    const file = path.join(dir, name);
    await createNewFile(file, render(number));
    return file;
  } finally {
    await rmdir(lock).catch(() => void 0);
  }
}
async function writeNextRecord(dir, title, render) {
  const made = await makeFolder(dir);
  try {
    return { file: await writeRecord(dir, title, render), madeFolder: made.length > 0 };
  } catch (error) {
    await removeFolders(made);
    throw error;
  }
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
function cannotWrite(error, dir, explicit) {
  if (error instanceof WriteError) throw new UsageError(`cannot write ${shownPath(error.file)}: ${fsReason(error.cause)}`);
  if (!(error instanceof AdrFileError)) throw error;
  const { problem } = error;
  const how = explicit ? "pass --dir with a folder (podnet makes it if it is missing)" : "pass --dir with the folder for your records";
  const at = shownPath(problem.at);
  const unusable = (reason) => new UsageError(`cannot put records in ${shownPath(dir)}: ${reason}; ${how}`);
  switch (problem.kind) {
    case "cannot look":
      throw unusable(`${at}: ${fsReason(problem.cause)}`);
    case "no root":
      throw unusable(`${at} does not exist`);
    case "not a folder":
      throw unusable(`${at} is ${problem.what}, not a folder`);
    case "dangling link":
      throw unusable(`${at} is a symbolic link that points nowhere`);
    case "cannot use":
      throw unusable(`${at} cannot be used: ${fsReason(problem.cause)}`);
    case "cannot make":
      throw new UsageError(`cannot make ${at}: ${fsReason(problem.cause)}; ${how}`);
    case "cannot lock":
      throw new UsageError(`cannot write in ${at}: ${fsReason(problem.cause)}`);
    case "locked":
      throw new UsageError(`${at} stays locked by ${shownPath(problem.lock)}; remove it if no other podnet is running`);
    case "cannot list":
      throw new UsageError(`cannot read ${at}: ${fsReason(problem.cause)}`);
    case "number too long":
      throw new UsageError(
        `the next record number in ${at} would have ${problem.digits} digits, too many for a file name; renumber the record with the highest number`
      );
  }
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
    specFile: shownPath(path2.resolve(options.spec)),
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
async function runAdrNew(title, options, io = defaultIo) {
  checkOptions(title, options);
  const context = options.network === void 0 ? {} : await nat66Context(options, io);
  const date = options.date ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const template = options.network === void 0 ? "adr-madr.md.hbs" : "adr-nat66.md.hbs";
  const render = (number) => renderMarkdown(template, { ...context, number: String(number), title: title.trim(), date });
  render(1n);
  const dir = await findAdrFolder(options.dir);
  const { file, madeFolder } = await writeNextRecord(dir, title, render).catch(
    (error) => cannotWrite(error, dir, options.dir !== void 0)
  );
  io.out(shownPath(file));
  if (madeFolder) io.err(import_picocolors.default.yellow(`created ${shownPath(dir)}`));
  return exitCodes.ok;
}
export {
  runAdrNew
};
