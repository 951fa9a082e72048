/**
 * Files podnet creates for the user (a starter spec, an ADR): what is where one would go, and
 * creating one without ever replacing another. Failures are WriteErrors, for the caller to word.
 */
import type { Stats } from "node:fs";
import { type FileHandle, lstat, open, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { WriteError } from "./write.js";

/**
 * What is where a file would be written: nothing yet; a file or a symlink, which a replacement
 * renames over (never writing through the link); something that is no file to replace; or no
 * folder to write it in.
 */
export type FileTarget =
  | { readonly kind: "new" | "file" }
  | { readonly kind: "other"; readonly what: "a folder" | "not a regular file" }
  | { readonly kind: "no folder" | "not a folder"; readonly folder: string };

/** What is at `file` (see FileTarget); a WriteError when that cannot be found out. */
export async function fileTarget(file: string): Promise<FileTarget> {
  const folder = path.dirname(file);
  try {
    if (!(await stat(folder)).isDirectory()) return { kind: "not a folder", folder };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { kind: "no folder", folder };
    throw new WriteError(file, error as Error);
  }
  let info: Stats;
  try {
    info = await lstat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { kind: "new" };
    throw new WriteError(file, error as Error);
  }
  if (info.isFile() || info.isSymbolicLink()) return { kind: "file" };
  return { kind: "other", what: info.isDirectory() ? "a folder" : "not a regular file" };
}

/**
 * Creates `file` (mode 0644), never replacing one that exists; a write that fails half-way (a full
 * disk) removes the file again, so a failure leaves nothing behind.
 */
export async function createNewFile(file: string, text: string): Promise<void> {
  let handle: FileHandle;
  try {
    handle = await open(file, "wx", 0o644);
  } catch (error) {
    throw new WriteError(file, error as Error);
  }
  try {
    await handle.writeFile(text, "utf8");
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(file).catch(() => undefined);
    throw new WriteError(file, error as Error);
  }
}
