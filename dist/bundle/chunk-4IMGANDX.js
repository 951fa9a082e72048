import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  __commonJS,
  __toESM
} from "./chunk-JLHVTWXJ.js";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// src/compile/diagnostics.ts
var import_picocolors = __toESM(require_picocolors(), 1);

// src/compile/escape.ts
var UnsafeValueError = class extends Error {
  name = "UnsafeValueError";
};
var forbiddenControl = /[\u0000-\u0008\u000b-\u001f\u007f]/u;
var loneSurrogate = /[\uD800-\uDFFF]/u;
function refuseControlCharacters(value, where) {
  if (loneSurrogate.test(value)) throw new UnsafeValueError(`${where}: a lone UTF-16 surrogate cannot be written as UTF-8`);
  const match = forbiddenControl.exec(value);
  if (match) {
    const code = match[0].codePointAt(0).toString(16).padStart(4, "0");
    throw new UnsafeValueError(`${where}: control character U+${code} cannot be written safely`);
  }
}
function nixString(value) {
  refuseControlCharacters(value, "Nix string");
  const body = value.replace(/\\/gu, "\\\\").replace(/"/gu, '\\"').replace(/\$/gu, "\\$").replace(/\n/gu, "\\n").replace(/\t/gu, "\\t");
  return `"${body}"`;
}
var nixKeywords = /* @__PURE__ */ new Set(["if", "then", "else", "assert", "with", "let", "in", "rec", "inherit", "or"]);
function nixAttrName(name) {
  if (/^[A-Za-z_][A-Za-z0-9_'-]*$/u.test(name) && !nixKeywords.has(name)) return name;
  return nixString(name);
}
function nixIndentedString(text, indent) {
  if (text.includes("	")) throw new UnsafeValueError("Nix indented string: tabs break indentation stripping");
  refuseControlCharacters(text, "Nix indented string");
  const lines = text.replace(/\n$/u, "").split("\n");
  const pad = " ".repeat(indent);
  const spacesOnly = (line) => /^ *$/u.test(line);
  const firstContent = lines.findIndex((line) => !spacesOnly(line));
  const allIndented = firstContent >= 0 && lines.every((line) => spacesOnly(line) || line.startsWith(" "));
  const escaped = lines.map((line, index) => {
    let body = escapeIndentedLine(line);
    const onlySpaces = line !== "" && spacesOnly(line);
    if (allIndented && index === firstContent || onlySpaces) body = `''\\ ${body.slice(1)}`;
    return body === "" ? "" : pad + body;
  });
  return `''
${escaped.join("\n")}
${" ".repeat(Math.max(0, indent - 2))}''`;
}
function escapeIndentedLine(line) {
  let out = "";
  for (let i = 0; i < line.length; ) {
    if (line.startsWith("''", i)) {
      out += "'''";
      i += 2;
    } else if (line.startsWith("${", i)) {
      out += "''${";
      i += 2;
    } else if (line[i] === "'" && line.startsWith("${", i + 1)) {
      out += "''\\'";
      i += 1;
    } else {
      out += line[i];
      i += 1;
    }
  }
  return out;
}
function nixStringList(values, indent) {
  if (values.length === 0) return "[ ]";
  if (values.length === 1) return `[ ${nixString(values[0])} ]`;
  const pad = " ".repeat(indent);
  return `[
${values.map((value) => `${pad}  ${nixString(value)}`).join("\n")}
${pad}]`;
}
function shellWord(value) {
  refuseControlCharacters(value, "shell word");
  if (value.includes("\n")) throw new UnsafeValueError("shell word: newline cannot be written safely");
  if (/^[A-Za-z0-9_./:=@%+,-]+$/u.test(value)) return value;
  return `'${value.replace(/'/gu, `'\\''`)}'`;
}
var invisibleCharacters = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]/gu;
function visibleText(value) {
  return value.replace(invisibleCharacters, (character) => {
    const code = character.codePointAt(0);
    if (character === "\n") return "\\n";
    if (character === "	") return "\\t";
    if (character === "\r") return "\\r";
    return code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
function commentText(value) {
  refuseControlCharacters(value, "comment");
  if (/[\n\r\u2028\u2029]/u.test(value)) throw new UnsafeValueError("comment: line breaks cannot be written safely");
  return value;
}

// src/compile/diagnostics.ts
var hasErrors = (diagnostics) => diagnostics.some((d) => d.severity === "error");
function formatPath(path) {
  return path.map(
    (segment, index) => typeof segment === "number" ? `[${segment}]` : /^[A-Za-z0-9_-]+$/u.test(segment) ? `${index === 0 ? "" : "."}${segment}` : `[${JSON.stringify(segment)}]`
  ).join("");
}
var severityColour = { error: import_picocolors.default.red, warning: import_picocolors.default.yellow, info: import_picocolors.default.cyan };
var excerptWidth = 120;
function excerpt(sourceLine, column) {
  const characters = Array.from(sourceLine);
  const at = Math.min(Math.max(0, column - 1), characters.length);
  const start = characters.length <= excerptWidth ? 0 : Math.max(0, Math.min(at - excerptWidth / 2, characters.length - excerptWidth));
  const end = Math.min(characters.length, start + excerptWidth);
  const before = `${start > 0 ? "\u2026" : ""}${visibleText(characters.slice(start, at).join(""))}`;
  const text = `${before}${visibleText(characters.slice(at, end).join(""))}${end < characters.length ? "\u2026" : ""}`;
  return { text, caret: Array.from(before).length };
}
function formatDiagnostic(d) {
  const { file, line, column, sourceLine } = d.location;
  const field = d.path.length > 0 ? `${visibleText(formatPath(d.path))}: ` : "";
  const head = `${import_picocolors.default.bold(`${visibleText(file)}:${line}:${column}`)}: ${severityColour[d.severity](`${d.severity}[${d.rule}]`)}: ${field}${visibleText(d.message)}`;
  const shown = sourceLine === void 0 ? void 0 : excerpt(sourceLine, column);
  const frame = shown === void 0 ? [] : [`${String(line).padStart(5)} | ${shown.text}`, `${" ".repeat(5)} | ${" ".repeat(shown.caret)}${import_picocolors.default.bold("^")}`];
  return [head, ...frame, `${" ".repeat(5)} = ${import_picocolors.default.green("hint")}: ${visibleText(d.hint)}`].join("\n");
}
function summarise(diagnostics) {
  const count = (s) => diagnostics.filter((d) => d.severity === s).length;
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(count("error"), "error")}, ${plural(count("warning"), "warning")}`;
}
var toJson = (d) => ({
  rule: d.rule,
  severity: d.severity,
  file: d.location.file,
  line: d.location.line,
  column: d.location.column,
  field: formatPath(d.path),
  message: d.message,
  hint: d.hint
});

export {
  require_picocolors,
  UnsafeValueError,
  nixString,
  nixAttrName,
  nixIndentedString,
  nixStringList,
  shellWord,
  invisibleCharacters,
  visibleText,
  commentText,
  hasErrors,
  formatPath,
  excerpt,
  formatDiagnostic,
  summarise,
  toJson
};
