/**
 * adr new: the next Architecture Decision Record, MADR style, optionally pre-filled with the
 * NAT66/ULA decision for one network of the spec.
 *
 * Everything the user typed is checked, and the record rendered once, before the disk is touched:
 * a refused title, date or folder leaves nothing behind. A folder made for the record is removed
 * again when the record cannot be written.
 */
import type { Stats } from "node:fs";
import { lstat, mkdir, readdir, rmdir, stat } from "node:fs/promises";
import path from "node:path";
import pc from "picocolors";
import { renderMarkdown } from "../compile/render.js";
import { adrFileName, adrFolders, isIsoDate, maxFileNameBytes, maxTitleLength, nextAdrNumber } from "../emit/adr-records.js";
import { repoRoot } from "../emit/git.js";
import { createNewFile, defaultIo, exitCodes, fsReason, type Io, shownPath, UsageError, unprintableIn, visible } from "./context.js";
import { compileFile, report } from "./spec-file.js";

export interface AdrOptions {
  dir?: string;
  network?: string;
  spec?: string;
  host?: string;
  date?: string;
}

/** Why `title` cannot head a record; undefined when it can. */
function titleProblem(title: string): string | undefined {
  if (title.trim() === "") return 'give the decision a title, e.g. podnet adr new "Use NAT66 for container egress"';
  const bad = unprintableIn(title);
  if (bad !== undefined) return `the title contains ${bad}; a title is one line of plain text`;
  const length = [...title.trim()].length;
  if (length > maxTitleLength)
    return `the title is ${length} characters long; keep it to at most ${maxTitleLength} and put the details in the record`;
  return undefined;
}

/** Refuses what the user typed before anything is read or written. */
function checkOptions(title: string, options: AdrOptions): void {
  const problem = titleProblem(title);
  if (problem !== undefined) throw new UsageError(problem);
  if (options.network === undefined && options.spec !== undefined) throw new UsageError("--spec is used with --network <name>");
  if (options.network === undefined && options.host !== undefined) throw new UsageError("--host is used with --network <name>");
  if (options.date !== undefined && !isIsoDate(options.date))
    throw new UsageError(`--date ${visible(options.date)} is not a date; write it as YYYY-MM-DD, e.g. 2026-11-24`);
  if (options.dir !== undefined) {
    if (options.dir === "") throw new UsageError("--dir needs a folder, e.g. --dir docs/adr");
    const bad = unprintableIn(options.dir);
    if (bad !== undefined) throw new UsageError(`--dir ${visible(options.dir)} contains ${bad}; name a folder without one`);
  }
}

const kindOf = (info: Stats) =>
  info.isFile() ? "a file" : info.isFIFO() ? "a FIFO (named pipe)" : info.isSocket() ? "a socket" : "a device";

type FolderState = { kind: "folder" } | { kind: "missing"; missing: string[] } | { kind: "unusable"; reason: string };

/**
 * What is at `dir`: a folder (directly or through symlinks), nothing yet (with the folders to
 * make, outermost first), or why it cannot hold records.
 */
async function folderState(dir: string): Promise<FolderState> {
  const missing: string[] = [];
  for (let current = dir; ; current = path.dirname(current)) {
    let exists: boolean;
    try {
      await lstat(current);
      exists = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT")
        return { kind: "unusable", reason: `${shownPath(current)}: ${fsReason(error)}` };
      exists = false;
    }
    if (!exists) {
      missing.unshift(current);
      if (path.dirname(current) === current) return { kind: "unusable", reason: `${shownPath(current)} does not exist` };
      continue;
    }
    // The deepest thing that exists: it must be a folder, or lead to one.
    try {
      const info = await stat(current);
      if (!info.isDirectory()) return { kind: "unusable", reason: `${shownPath(current)} is ${kindOf(info)}, not a folder` };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return {
        kind: "unusable",
        reason: `${shownPath(current)} ${code === "ENOENT" ? "is a symbolic link that points nowhere" : `cannot be used: ${fsReason(error)}`}`,
      };
    }
    return missing.length === 0 ? { kind: "folder" } : { kind: "missing", missing };
  }
}

/** The ADR folder: --dir, else the first of docs/adr, doc/adr, adr that is a folder, else docs/adr. */
async function findFolder(explicit: string | undefined): Promise<string> {
  if (explicit !== undefined) return path.resolve(explicit);
  const base = await repoRoot(process.cwd()).catch(() => process.cwd());
  for (const candidate of adrFolders) {
    const dir = path.join(base, candidate);
    if (
      await stat(dir)
        .then((info) => info.isDirectory())
        .catch(() => false)
    )
      return dir;
  }
  return path.join(base, adrFolders[0]);
}

/** Makes the folder and its missing parents; returns the folders made, outermost first. */
async function makeFolder(dir: string, explicit: boolean): Promise<string[]> {
  const state = await folderState(dir);
  const how = explicit ? "pass --dir with a folder (podnet makes it if it is missing)" : "pass --dir with the folder for your records";
  if (state.kind === "unusable") throw new UsageError(`cannot put records in ${shownPath(dir)}: ${state.reason}; ${how}`);
  if (state.kind === "folder") return [];
  const made: string[] = [];
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

/** Removes folders this run made, innermost first; a folder something else wrote into stays. */
async function removeFolders(made: ReadonlyArray<string>): Promise<void> {
  for (const folder of [...made].reverse()) await rmdir(folder).catch(() => undefined);
}

const listOf = (names: ReadonlyArray<string>) => (names.length === 0 ? "none" : names.map((name) => `\`${name}\``).join(", "));

async function nat66Context(options: AdrOptions, io: Io) {
  if (options.spec === undefined) throw new UsageError("--network needs --spec <file> to read the network from");
  const compilation = await compileFile(options.spec);
  if (compilation.hosts.length === 0) {
    report(io, compilation.diagnostics);
    throw new UsageError(`${options.spec} has errors; fix them before writing an ADR from it`);
  }
  const candidates = compilation.hosts.filter(
    ({ plan }) => (options.host === undefined || plan.host === options.host) && plan.networks.some((n) => n.name === options.network),
  );
  if (candidates.length !== 1) {
    throw new UsageError(
      candidates.length === 0
        ? `no host in ${options.spec} has a network ${options.network}`
        : `several hosts have a network ${options.network}; name one with --host`,
    );
  }
  const { plan } = candidates[0]!;
  const network = plan.networks.find((n) => n.name === options.network)!;
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
    untouched: listOf(plan.untouched),
  };
}

/** Numbers and writes the record under the folder's lock; returns its path. */
async function writeRecord(dir: string, title: string, render: (number: bigint) => string): Promise<string> {
  // Numbering is read-then-write, so concurrent writers take a lock on the folder: mkdir is atomic.
  const lock = path.join(dir, ".podnet-adr.lock");
  await acquire(lock);
  try {
    const names = await readdir(dir).catch((error: unknown) => {
      throw new UsageError(`cannot read ${shownPath(dir)}: ${fsReason(error)}`);
    });
    const number = nextAdrNumber(names);
    const name = adrFileName(number, title);
    if (Buffer.byteLength(name) > maxFileNameBytes) {
      throw new UsageError(
        `the next record number in ${shownPath(dir)} would have ${String(number).length} digits, too many for a file name; renumber the record with the highest number`,
      );
    }
    const file = path.join(dir, name);
    await createNewFile(file, render(number));
    return file;
  } finally {
    await rmdir(lock).catch(() => undefined);
  }
}

export async function runAdrNew(title: string, options: AdrOptions, io: Io = defaultIo): Promise<number> {
  checkOptions(title, options);
  const context = options.network === undefined ? {} : await nat66Context(options, io);
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const template = options.network === undefined ? "adr-madr.md.hbs" : "adr-nat66.md.hbs";
  const render = (number: bigint) => renderMarkdown(template, { ...context, number: String(number), title: title.trim(), date });
  // A dry run: a value the template refuses stops here, before a folder is made.
  render(1n);
  const dir = await findFolder(options.dir);
  const made = await makeFolder(dir, options.dir !== undefined);
  let file: string;
  try {
    file = await writeRecord(dir, title, render);
  } catch (error) {
    await removeFolders(made);
    throw error;
  }
  io.out(shownPath(file));
  if (made.length > 0) io.err(pc.yellow(`created ${shownPath(dir)}`));
  return exitCodes.ok;
}

async function acquire(lock: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      await mkdir(lock);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST")
        throw new UsageError(`cannot write in ${shownPath(path.dirname(lock))}: ${fsReason(error)}`);
      // A lock left by a killed run is broken after 10 s.
      const age = await stat(lock)
        .then((info) => Date.now() - info.mtimeMs)
        .catch(() => 0);
      if (age > 10_000) await rmdir(lock).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
  throw new UsageError(`${shownPath(path.dirname(lock))} stays locked by ${shownPath(lock)}; remove it if no other podnet is running`);
}
