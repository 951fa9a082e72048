import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);

// src/emit/read.ts
import { statSync } from "node:fs";
import { constants, open } from "node:fs/promises";
var UnreadableFileError = class extends Error {
  constructor(file, reason) {
    super(`${file}: ${reason}`);
    this.file = file;
    this.reason = reason;
  }
  name = "UnreadableFileError";
};
function kindOf(info) {
  if (info.isDirectory()) return "a directory";
  if (info.isFIFO()) return "a FIFO (named pipe)";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  if (info.isSocket()) return "a socket";
  return "not a regular file";
}
function fsReason(error) {
  switch (error?.code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "the file system is read-only";
    case "ENOTDIR":
      return "a part of the path is a file, not a folder";
    case "EISDIR":
      return "it is a folder, not a file";
    case "EEXIST":
      return "it already exists";
    case "ELOOP":
      return "too many symbolic links (a loop?)";
    case "ENAMETOOLONG":
      return "the path is too long";
    case "ENOSPC":
      return "no space left on the device";
    case "EDQUOT":
      return "the disk quota is exceeded";
    case "ENXIO":
      return "it is a socket or a device without a reader, not a regular file";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
function fileKind(file) {
  let info;
  try {
    info = statSync(file, { throwIfNoEntry: false });
  } catch (error) {
    throw new UnreadableFileError(file, fsReason(error));
  }
  if (info === void 0) return "missing";
  return info.isFile() ? "file" : kindOf(info);
}
async function readRegularFile(file, maxBytes) {
  return (await readRegularBytes(file, maxBytes)).toString("utf8");
}
async function readRegularBytes(file, maxBytes) {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    throw new UnreadableFileError(file, fsReason(error));
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new UnreadableFileError(file, `it is ${kindOf(info)}, not a regular file`);
    if (info.size > maxBytes) throw new UnreadableFileError(file, `it is ${info.size} bytes; podnet reads at most ${maxBytes}`);
    const chunks = [];
    let length = 0;
    for (; ; ) {
      const chunk = Buffer.alloc(64 * 1024);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) throw new UnreadableFileError(file, `it is larger than ${maxBytes} bytes`);
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, length);
  } finally {
    await handle.close();
  }
}

export {
  UnreadableFileError,
  kindOf,
  fsReason,
  fileKind,
  readRegularFile,
  readRegularBytes
};
