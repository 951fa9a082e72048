/**
 * `podnet init`: a starter spec with a fresh ULA /64 and a random private /24, never one its own
 * `validate` would reject.
 */
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import pc from "picocolors";
import type { Diagnostic, SpecPath } from "../compile/diagnostics.js";
import { freshPrivate24, freshUla } from "../compile/net/ula.js";
import { renderMarkdown } from "../compile/render.js";
import { isAllowListedName, maxNameLength } from "../compile/schema.js";
import { createNewFile, fileTarget } from "../emit/new-file.js";
import { OutputPlaceError, placeOutputs, WriteError, writeAtomically } from "../emit/write.js";
import { defaultIo, exitCodes, fsReason, type Io, shownPath, UsageError, unprintableIn, visible } from "./context.js";

export interface InitOptions {
  host?: string;
  interface: string;
  address: string;
  force?: boolean;
}

/**
 * A name the spec's allow-list accepts, from the machine's host name (which the user did not
 * type): its first label, each character outside the list made a '-', cut to the allowed length.
 */
function hostNameFrom(raw: string): string {
  const cleaned = raw
    .split(".")[0]!
    .replace(/[^A-Za-z0-9_.-]/gu, "-")
    .replace(/^[^A-Za-z0-9]+/u, "")
    .slice(0, maxNameLength);
  return isAllowListedName(cleaned) ? cleaned : "my-host";
}

/** Where in the starter spec each option's value goes; everything else there is podnet's own. */
function optionPaths(host: string): ReadonlyArray<{ option: string; path: SpecPath; exact?: true }> {
  return [
    { option: "--interface", path: ["hosts", host, "uplink", "interface"] },
    { option: "--address", path: ["hosts", host, "uplink", "ipv6", "address"] },
    // The host's name is its key, and it names the output file.
    { option: "--host", path: ["hosts", host, "output"] },
    { option: "--host", path: ["hosts", host], exact: true },
  ];
}

/** Which option a finding in the starter spec comes from. */
function optionAt(diagnostic: Diagnostic, host: string): string {
  const within = ({ path, exact }: { path: SpecPath; exact?: true }) =>
    (exact ? diagnostic.path.length === path.length : diagnostic.path.length >= path.length) &&
    path.every((segment, index) => diagnostic.path[index] === segment);
  return optionPaths(host).find(within)?.option ?? "the starter spec";
}

/**
 * Compiles the starter spec in memory, the way `validate` will, and checks where its output would
 * go: init refuses to write a spec that its own validate rejects, naming the option to change.
 */
async function starterProblems(file: string, text: string, host: string, output: string): Promise<string[]> {
  const { compile } = await import("../compile/pipeline.js");
  const { hasErrors } = await import("../compile/diagnostics.js");
  const { diagnostics } = compile(file, text);
  if (hasErrors(diagnostics)) {
    return diagnostics.filter((d) => d.severity === "error").map((d) => `${optionAt(d, host)}: ${d.message}; ${d.hint}`);
  }
  const place = (await placeOutputs(file, [{ host, output }])).get(host);
  return place instanceof OutputPlaceError
    ? [`the output ${output} of host ${host}: ${place.message}; pass another --host, or move that away`]
    : [];
}

/** A write that failed, in one line. */
function cannotWrite(error: unknown): never {
  if (error instanceof WriteError) throw new UsageError(`cannot write ${shownPath(error.file)}: ${fsReason(error.cause)}`);
  throw error;
}

/** Refuses a target that is not a new (or, with --force, an existing regular) file in an existing folder. */
async function checkTarget(file: string, force: boolean | undefined): Promise<"new" | "replace"> {
  const target = await fileTarget(file).catch(cannotWrite);
  if (target.kind === "not a folder") throw new UsageError(`cannot write ${shownPath(file)}: ${shownPath(target.folder)} is not a folder`);
  if (target.kind === "no folder")
    throw new UsageError(`cannot write ${shownPath(file)}: the folder ${shownPath(target.folder)} does not exist; create it first`);
  if (target.kind === "new") return "new";
  if (!force) throw new UsageError(`${shownPath(file)} exists; pass --force to replace it`);
  // --force replaces a file (or a symlink, not what it points to), never a folder or a device.
  if (target.kind === "other") throw new UsageError(`${shownPath(file)} is ${target.what}; --force replaces only a file`);
  return "replace";
}

/** The options a user typed, each one line of plain text. */
function checkTyped(file: string, options: InitOptions): void {
  if (file === "") throw new UsageError("give the spec a file name, e.g. podnet init podnet.yaml");
  const typed: Array<[string, string | undefined]> = [
    ["the spec's file name", file],
    ["--host", options.host],
    ["--interface", options.interface],
    ["--address", options.address],
  ];
  for (const [name, value] of typed) {
    const bad = value === undefined ? undefined : unprintableIn(value);
    if (bad !== undefined) throw new UsageError(`${name} ${visible(value!)} contains ${bad}; give it as plain text`);
  }
}

export async function runInit(file: string, options: InitOptions, io: Io = defaultIo): Promise<number> {
  checkTyped(file, options);
  // A host name typed with --host is used as written (or refused); only the machine's own name is adapted.
  const host = options.host ?? hostNameFrom(os.hostname());
  const output = `hosts/${host}/podnet.nix`;
  const ula = freshUla(randomBytes);
  const text = renderMarkdown("init-spec.yaml.hbs", {
    host,
    output,
    interface: options.interface,
    address: options.address,
    ipv4: freshPrivate24(randomBytes),
    ipv6: ula.first64,
    globalId: ula.globalId,
  });
  const target = path.resolve(file);
  const how = await checkTarget(target, options.force);
  const problems = await starterProblems(target, text, host, output);
  if (problems.length > 0) throw new UsageError(`not written, the spec would not validate: ${problems.join("; ")}`);
  if (how === "new") await createNewFile(target, text).catch(cannotWrite);
  else {
    await writeAtomically(target, text).catch(cannotWrite);
  }
  io.err(pc.green(`wrote ${shownPath(target)} for host ${host}; next: podnet validate ${visible(file)}`));
  return exitCodes.ok;
}
