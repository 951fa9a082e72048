/**
 * ADRs on disk: which folder holds them, making it, and writing the next record under the folder's
 * lock. The numbering and naming rules are adr-records.ts. Failures are AdrFileErrors (and the
 * record's own WriteError), for the caller to word.
 */
import type { Stats } from "node:fs";
import { lstat, mkdir, readdir, rmdir, stat } from "node:fs/promises";
import path from "node:path";
import { adrFileName, adrFolders, maxFileNameBytes, nextAdrNumber } from "./adr-records.js";
import { repoRoot } from "./git.js";
import { createNewFile } from "./new-file.js";
import { kindOf } from "./read.js";

/**
 * Why records cannot be written: the folder cannot hold them (the first five kinds) or the next
 * record cannot be numbered (the rest). `at` is the path the problem is found at.
 */
export type AdrFileProblem =
  | { readonly kind: "cannot look" | "cannot use" | "cannot make"; readonly at: string; readonly cause: unknown }
  | { readonly kind: "no root" | "dangling link"; readonly at: string }
  | { readonly kind: "not a folder"; readonly at: string; readonly what: string }
  | { readonly kind: "cannot lock" | "cannot list"; readonly at: string; readonly cause: unknown }
  | { readonly kind: "locked"; readonly at: string; readonly lock: string }
  | { readonly kind: "number too long"; readonly at: string; readonly digits: number };

export class AdrFileError extends Error {
  override readonly name = "AdrFileError";
  constructor(readonly problem: AdrFileProblem) {
    super(`${problem.at}: ${problem.kind}`);
  }
}

/** The ADR folder: `explicit`, else the first of docs/adr, doc/adr, adr that is a folder, else docs/adr. */
export async function findAdrFolder(explicit: string | undefined): Promise<string> {
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

/**
 * The folders to make for `dir`, outermost first (none when it is a folder, directly or through
 * symlinks); an AdrFileError when it cannot hold records.
 */
async function missingFolders(dir: string): Promise<string[]> {
  const missing: string[] = [];
  for (let current = dir; ; current = path.dirname(current)) {
    let exists: boolean;
    try {
      await lstat(current);
      exists = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw new AdrFileError({ kind: "cannot look", at: current, cause: error });
      exists = false;
    }
    if (!exists) {
      missing.unshift(current);
      if (path.dirname(current) === current) throw new AdrFileError({ kind: "no root", at: current });
      continue;
    }
    // The deepest thing that exists: it must be a folder, or lead to one.
    let info: Stats;
    try {
      info = await stat(current);
    } catch (error) {
      throw new AdrFileError(
        (error as NodeJS.ErrnoException).code === "ENOENT"
          ? { kind: "dangling link", at: current }
          : { kind: "cannot use", at: current, cause: error },
      );
    }
    if (!info.isDirectory()) throw new AdrFileError({ kind: "not a folder", at: current, what: info.isFile() ? "a file" : kindOf(info) });
    return missing;
  }
}

/** Makes `dir` and its missing parents; returns the folders made, outermost first. */
async function makeFolder(dir: string): Promise<string[]> {
  const made: string[] = [];
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

/** Removes folders this run made, innermost first; a folder something else wrote into stays. */
async function removeFolders(made: ReadonlyArray<string>): Promise<void> {
  for (const folder of [...made].reverse()) await rmdir(folder).catch(() => undefined);
}

async function acquire(lock: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      await mkdir(lock);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST")
        throw new AdrFileError({ kind: "cannot lock", at: path.dirname(lock), cause: error });
      // A lock left by a killed run is broken after 10 s.
      const age = await stat(lock)
        .then((info) => Date.now() - info.mtimeMs)
        .catch(() => 0);
      if (age > 10_000) await rmdir(lock).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
  throw new AdrFileError({ kind: "locked", at: path.dirname(lock), lock });
}

/** Numbers and writes the record under the folder's lock; returns its path. */
async function writeRecord(dir: string, title: string, render: (number: bigint) => string): Promise<string> {
  // Numbering is read-then-write, so concurrent writers take a lock on the folder: mkdir is atomic.
  const lock = path.join(dir, ".podnet-adr.lock");
  await acquire(lock);
  try {
    const names = await readdir(dir).catch((error: unknown) => {
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
    await rmdir(lock).catch(() => undefined);
  }
}

/**
 * Writes the next record in `dir`, made with its missing parents first; returns the record's path
 * and whether the folder was made. A folder made for the record is removed again when the record
 * cannot be written.
 */
export async function writeNextRecord(
  dir: string,
  title: string,
  render: (number: bigint) => string,
): Promise<{ readonly file: string; readonly madeFolder: boolean }> {
  const made = await makeFolder(dir);
  try {
    return { file: await writeRecord(dir, title, render), madeFolder: made.length > 0 };
  } catch (error) {
    await removeFolders(made);
    throw error;
  }
}
