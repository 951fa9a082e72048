/**
 * What every command shares: exit codes, the usage error, and where output goes.
 */
export const exitCodes = { ok: 0, findings: 1, usage: 2 } as const;

/** A problem with the environment or the invocation: reported in one line, exit 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const defaultIo: Io = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
};
