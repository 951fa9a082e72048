/**
 * adr new: the next Architecture Decision Record, MADR style, optionally pre-filled with the
 * NAT66/ULA decision for one network of the spec.
 *
 * Everything the user typed is checked, and the record rendered once, before the disk is touched:
 * a refused title, date or folder leaves nothing behind. A folder made for the record is removed
 * again when the record cannot be written.
 */
import path from "node:path";
import pc from "picocolors";
import { renderMarkdown } from "../compile/render.js";
import { AdrFileError, findAdrFolder, writeNextRecord } from "../emit/adr-files.js";
import { isIsoDate, maxTitleLength, nat66RecordValues } from "../emit/adr-records.js";
import { WriteError } from "../emit/write.js";
import { defaultIo, exitCodes, fsReason, type Io, shownPath, UsageError, unprintableIn, visible } from "./context.js";
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

/** A record that could not be written, in one line with what to do; other errors as they are. */
function cannotWrite(error: unknown, dir: string, explicit: boolean): never {
  if (error instanceof WriteError) throw new UsageError(`cannot write ${shownPath(error.file)}: ${fsReason(error.cause)}`);
  if (!(error instanceof AdrFileError)) throw error;
  const { problem } = error;
  const how = explicit ? "pass --dir with a folder (podnet makes it if it is missing)" : "pass --dir with the folder for your records";
  const at = shownPath(problem.at);
  const unusable = (reason: string) => new UsageError(`cannot put records in ${shownPath(dir)}: ${reason}; ${how}`);
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
        `the next record number in ${at} would have ${problem.digits} digits, too many for a file name; renumber the record with the highest number`,
      );
  }
}

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
  return nat66RecordValues(plan, plan.networks.find((n) => n.name === options.network)!, shownPath(path.resolve(options.spec)));
}

export async function runAdrNew(title: string, options: AdrOptions, io: Io = defaultIo): Promise<number> {
  checkOptions(title, options);
  const context = options.network === undefined ? {} : await nat66Context(options, io);
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const template = options.network === undefined ? "adr-madr.md.hbs" : "adr-nat66.md.hbs";
  const render = (number: bigint) => renderMarkdown(template, { ...context, number: String(number), title: title.trim(), date });
  // A dry run: a value the template refuses stops here, before a folder is made.
  render(1n);
  const dir = await findAdrFolder(options.dir);
  const { file, madeFolder } = await writeNextRecord(dir, title, render).catch((error: unknown) =>
    cannotWrite(error, dir, options.dir !== undefined),
  );
  io.out(shownPath(file));
  if (madeFolder) io.err(pc.yellow(`created ${shownPath(dir)}`));
  return exitCodes.ok;
}
