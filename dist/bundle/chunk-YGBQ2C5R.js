import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  require_picocolors
} from "./chunk-PLONKWYQ.js";
import {
  visibleText
} from "./chunk-2AQNUPCB.js";
import {
  __toESM
} from "./chunk-JLHVTWXJ.js";

// src/compile/diagnostics.ts
var import_picocolors = __toESM(require_picocolors(), 1);
var severityIn = (catalogue, id) => catalogue.find((rule) => rule.id === id).severity;
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
  severityIn,
  hasErrors,
  excerpt,
  formatDiagnostic,
  summarise,
  toJson
};
