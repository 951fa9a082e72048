/**
 * The pre-commit hook on disk: the hooks folder, whose the hook in place is, and replacing it.
 */
import type { Stats } from "node:fs";
import { lstat, mkdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { shellWord } from "../compile/escape.js";
import { fsReason, readRegularFile, UnreadableFileError } from "./read.js";

/** The line that marks a hook as podnet's, so that installing again may replace it. */
const hookMarker = "# podnet pre-commit hook";

/**
 * The hook script: runs this podnet with this node (absolute paths, so the hook calls the podnet
 * that installed it) on the spec at `specFromRoot`. Paths a shell word cannot hold throw
 * UnsafeValueError.
 */
export function hookScript(podnetBin: string, specFromRoot: string, flake: string | undefined): string {
  const args = ["hook", "run", "--spec", specFromRoot, ...(flake === undefined ? [] : ["--flake", flake])];
  return [
    "#!/bin/sh",
    `${hookMarker} (written by \`podnet hook install\`; run it again to change this file).`,
    "# Blocks a commit whose generated modules are stale, then dry-builds the hosts it touches.",
    'cd "$(git rev-parse --show-toplevel)" || exit 2',
    `exec ${[process.execPath, podnetBin, ...args].map(shellWord).join(" ")}`,
    "",
  ].join("\n");
}

/** What is at the hooks folder `dir` (through symlinks); an UnreadableFileError when it cannot be looked at. */
export async function hooksFolderKind(dir: string): Promise<"folder" | "missing" | "not a folder"> {
  try {
    return (await stat(dir)).isDirectory() ? "folder" : "not a folder";
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "missing";
    throw new UnreadableFileError(dir, fsReason(error));
  }
}

/**
 * The spec's path from the repository's root, as git names it (both resolved through symlinks),
 * or undefined when it lies outside; an UnreadableFileError when either cannot be resolved.
 */
export async function pathInRepository(root: string, file: string): Promise<string | undefined> {
  const [realRoot, realFolder] = await Promise.all([realpath(root), realpath(path.dirname(file))]).catch((error: unknown) => {
    throw new UnreadableFileError(file, fsReason(error));
  });
  const relative = path.relative(realRoot, path.join(realFolder, path.basename(file)));
  if (relative.startsWith("..") || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join("/");
}

/** Makes the hooks folder, whose parent (the git folder) exists; a failure is the file system's own error. */
export async function makeHooksFolder(dir: string): Promise<void> {
  await mkdir(dir);
}

/** Any pre-commit hook is a small script; a bigger file is not podnet's. */
const maxHookBytes = 1024 * 1024;

/**
 * What is where the pre-commit hook goes: nothing, podnet's hook, someone else's (or unreadable),
 * or something that is no hook script at all.
 */
export type ExistingHook = "none" | "podnet" | "foreign" | "a folder" | "not a regular file";

/** What is at `hookFile` (see ExistingHook); an UnreadableFileError when it cannot be looked at. */
export async function existingHook(hookFile: string): Promise<ExistingHook> {
  let info: Stats;
  try {
    info = await lstat(hookFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "none";
    throw new UnreadableFileError(hookFile, fsReason(error));
  }
  // A folder or a FIFO where the hook goes is not a hook to keep or replace: someone must look.
  if (!info.isFile() && !info.isSymbolicLink()) return info.isDirectory() ? "a folder" : "not a regular file";
  // A symlink that leads nowhere, in a loop or to something unreadable is not podnet's.
  const text = await readRegularFile(hookFile, maxHookBytes).catch(() => undefined);
  return text?.includes(hookMarker) ? "podnet" : "foreign";
}

/**
 * Replaces `hookFile` with an executable script, atomically (writeAtomically): a commit never runs
 * half a hook, a failure leaves the old one, and a symlinked hook is replaced, not written through.
 * A failure is the file system's own error, for the caller to word.
 */
export async function writeHook(hookFile: string, script: string): Promise<void> {
  // Loaded here, not at the top: `hook run` (every commit) never needs it.
  const { WriteError, writeAtomically } = await import("./write.js");
  await writeAtomically(hookFile, script, 0o755).catch((error: unknown) => {
    throw error instanceof WriteError ? error.cause : error;
  });
}
