/**
 * The one way podnet reads a file a user names (a spec, host facts, an existing output): only a
 * regular file, its size checked before a byte is read. A FIFO would block the read until some
 * writer appears, and a device (`/dev/zero`, `/dev/urandom`) or a huge file would be read whole;
 * a directory is not a file at all. Each is a clear error instead.
 */
import { type Stats, statSync } from "node:fs";
import { constants, type FileHandle, open } from "node:fs/promises";
import { getSystemErrorMap } from "node:util";

export class UnreadableFileError extends Error {
  override readonly name = "UnreadableFileError";
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** What a file-system entry is that podnet cannot read as a file, in words ("a FIFO (named pipe)"). */
export function kindOf(info: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
}): string {
  if (info.isDirectory()) return "a directory";
  if (info.isFIFO()) return "a FIFO (named pipe)";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  if (info.isSocket()) return "a socket";
  return "not a regular file";
}

/** Why a file-system call failed, in words, for the errno codes a user can fix. */
export function fsReason(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
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
      // Opening a socket (e.g. /dev/stdin connected to one) fails this way.
      return "it is a socket or a device without a reader, not a regular file";
    default: {
      // Any other system error in the system's words ("i/o error"), never Node's "EIO: …, write".
      const errno = (error as NodeJS.ErrnoException | undefined)?.errno;
      const described = typeof errno === "number" ? getSystemErrorMap().get(errno)?.[1] : undefined;
      if (described !== undefined) return described;
      return error instanceof Error ? error.message : String(error);
    }
  }
}

/**
 * What `file` is (following symlinks): "file", "missing", or in words what else. One local stat,
 * synchronous so that placing a fleet's outputs stays one pass.
 */
export function fileKind(file: string): "file" | "missing" | string {
  let info: Stats | undefined;
  try {
    info = statSync(file, { throwIfNoEntry: false });
  } catch (error) {
    throw new UnreadableFileError(file, fsReason(error));
  }
  if (info === undefined) return "missing";
  return info.isFile() ? "file" : kindOf(info);
}

/**
 * Reads `file` as UTF-8 when it is a regular file of at most `maxBytes`. The file is opened
 * non-blocking and checked on the open descriptor, so a path swapped for a FIFO after the check
 * still cannot block.
 */
export async function readRegularFile(file: string, maxBytes: number): Promise<string> {
  return (await readRegularBytes(file, maxBytes)).toString("utf8");
}

/** As readRegularFile, the bytes as they are (a generated module is compared byte for byte). */
export async function readRegularBytes(file: string, maxBytes: number): Promise<Buffer> {
  let handle: FileHandle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    throw new UnreadableFileError(file, fsReason(error));
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new UnreadableFileError(file, `it is ${kindOf(info)}, not a regular file`);
    if (info.size > maxBytes) throw new UnreadableFileError(file, `it is ${info.size} bytes; podnet reads at most ${maxBytes}`);
    // The file can still grow after the check: read until its end, never past the limit.
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
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
