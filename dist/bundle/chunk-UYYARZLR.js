import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  invisibleCharacters,
  visibleText
} from "./chunk-2AQNUPCB.js";

// src/cli/context.ts
import path from "node:path";
var exitCodes = { ok: 0, findings: 1, usage: 2 };
var UsageError = class extends Error {
  name = "UsageError";
};
var defaultIo = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}
`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}
`)
};
var visible = visibleText;
function oneLine(text, max = 1e3) {
  const shown = visible(text);
  if (shown.length <= max) return shown;
  const half = Math.floor((max - 20) / 2);
  const head = shown.slice(0, /[\uD800-\uDBFF]/u.test(shown[half - 1] ?? "") ? half - 1 : half);
  const tailStart = shown.length - half;
  const tail = shown.slice(/[\uDC00-\uDFFF]/u.test(shown[tailStart] ?? "") ? tailStart + 1 : tailStart);
  return `${head} \u2026(${shown.length - head.length - tail.length} characters cut)\u2026 ${tail}`;
}
function unprintableIn(text) {
  const match = new RegExp(invisibleCharacters.source, "u").exec(text);
  if (!match) return void 0;
  const char = match[0];
  if (/[\uD800-\uDFFF]/u.test(char)) return "a lone UTF-16 surrogate (half of a character)";
  const code = `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  if (char === "\n" || char === "\r" || char === "\u2028" || char === "\u2029") return `a line break (${code})`;
  if (/[\u202a-\u202e\u2066-\u2069]/u.test(char)) return `a bidirectional override (${code})`;
  return `a control character (${code})`;
}
function shownPath(file) {
  const relative = path.relative(process.cwd(), file);
  return visible(relative === "" || relative === ".." || relative.startsWith(`..${path.sep}`) ? path.resolve(file) : relative);
}

export {
  exitCodes,
  UsageError,
  defaultIo,
  visible,
  oneLine,
  unprintableIn,
  shownPath
};
