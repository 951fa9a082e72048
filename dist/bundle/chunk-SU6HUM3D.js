import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  WriteError
} from "./chunk-6RWGNLHB.js";

// src/emit/new-file.ts
import { lstat, open, stat, unlink } from "node:fs/promises";
import path from "node:path";
async function fileTarget(file) {
  const folder = path.dirname(file);
  try {
    if (!(await stat(folder)).isDirectory()) return { kind: "not a folder", folder };
  } catch (error) {
    if (error.code === "ENOENT") return { kind: "no folder", folder };
    throw new WriteError(file, error);
  }
  let info;
  try {
    info = await lstat(file);
  } catch (error) {
    if (error.code === "ENOENT") return { kind: "new" };
    throw new WriteError(file, error);
  }
  if (info.isFile() || info.isSymbolicLink()) return { kind: "file" };
  return { kind: "other", what: info.isDirectory() ? "a folder" : "not a regular file" };
}
async function createNewFile(file, text) {
  let handle;
  try {
    handle = await open(file, "wx", 420);
  } catch (error) {
    throw new WriteError(file, error);
  }
  try {
    await handle.writeFile(text, "utf8");
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => void 0);
    await unlink(file).catch(() => void 0);
    throw new WriteError(file, error);
  }
}

export {
  fileTarget,
  createNewFile
};
