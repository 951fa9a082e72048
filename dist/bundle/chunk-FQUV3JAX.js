import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  require_picocolors
} from "./chunk-PLONKWYQ.js";
import {
  __toESM
} from "./chunk-JLHVTWXJ.js";

// src/diagnostics.ts
var import_picocolors = __toESM(require_picocolors(), 1);
var hasErrors = (diagnostics) => diagnostics.some((d) => d.severity === "error");
function formatPath(path) {
  return path.map(
    (segment, index) => typeof segment === "number" ? `[${segment}]` : /^[A-Za-z0-9_-]+$/u.test(segment) ? `${index === 0 ? "" : "."}${segment}` : `[${JSON.stringify(segment)}]`
  ).join("");
}
var severityColour = { error: import_picocolors.default.red, warning: import_picocolors.default.yellow, info: import_picocolors.default.cyan };
function formatDiagnostic(d) {
  const { file, line, column, sourceLine } = d.location;
  const field = d.path.length > 0 ? `${formatPath(d.path)}: ` : "";
  const head = `${import_picocolors.default.bold(`${file}:${line}:${column}`)}: ${severityColour[d.severity](`${d.severity}[${d.rule}]`)}: ${field}${d.message}`;
  const frame = sourceLine === void 0 ? [] : [`${String(line).padStart(5)} | ${sourceLine}`, `${" ".repeat(5)} | ${" ".repeat(Math.max(0, column - 1))}${import_picocolors.default.bold("^")}`];
  return [head, ...frame, `${" ".repeat(5)} = ${import_picocolors.default.green("hint")}: ${d.hint}`].join("\n");
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
  hasErrors,
  formatPath,
  formatDiagnostic,
  summarise,
  toJson
};
