/**
 * What every command shares: exit codes, the usage error, where output goes and how user-typed
 * text is shown. Light on purpose: `--help` and the hook's fast path load this, never the compiler
 * (that is spec-file.ts).
 */
import path from "node:path";
import { invisibleCharacters, visibleText } from "../compile/escape.js";
import { fsReason } from "../emit/read.js";

export { fsReason };

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

/** Every character a terminal could act on, shown as an escape (one helper: compile/escape.ts). */
export const visible = visibleText;

/** Text for one line of a message: escaped like `visible`, and cut in the middle past `max` characters. */
export function oneLine(text: string, max = 1000): string {
  const shown = visible(text);
  if (shown.length <= max) return shown;
  const half = Math.floor((max - 20) / 2);
  // Cutting between the halves of a surrogate pair would leave a lone one: step past it.
  const head = shown.slice(0, /[\uD800-\uDBFF]/u.test(shown[half - 1] ?? "") ? half - 1 : half);
  const tailStart = shown.length - half;
  const tail = shown.slice(/[\uDC00-\uDFFF]/u.test(shown[tailStart] ?? "") ? tailStart + 1 : tailStart);
  return `${head} …(${shown.length - head.length - tail.length} characters cut)… ${tail}`;
}

/** The first character that cannot be part of one line of text a user typed, described; undefined when there is none. */
export function unprintableIn(text: string): string | undefined {
  const match = new RegExp(invisibleCharacters.source, "u").exec(text);
  if (!match) return undefined;
  const char = match[0];
  if (/[\uD800-\uDFFF]/u.test(char)) return "a lone UTF-16 surrogate (half of a character)";
  const code = `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  if (char === "\n" || char === "\r" || char === "\u2028" || char === "\u2029") return `a line break (${code})`;
  if (/[\u202a-\u202e\u2066-\u2069]/u.test(char)) return `a bidirectional override (${code})`;
  return `a control character (${code})`;
}

/** A path as the user knows it: relative to where they are (absolute when outside it), unprintable characters escaped. */
export function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return visible(relative === "" || relative === ".." || relative.startsWith(`..${path.sep}`) ? path.resolve(file) : relative);
}
