/**
 * Diagnostics: what every stage reports instead of throwing. A diagnostic starts as a spec path
 * and gets its file:line:column from the YAML source map at the edge (see compile/source.ts).
 */
import pc from "picocolors";
import { visibleText } from "./escape.js";

export type Severity = "error" | "warning" | "info";
export type SpecPath = ReadonlyArray<string | number>;

export interface Diagnostic {
  /** Stable id, e.g. `ipv6-not-ula`; listed in the README's rule catalogue. */
  readonly rule: string;
  readonly severity: Severity;
  /** What is wrong, in one sentence. */
  readonly message: string;
  /** How to fix it. */
  readonly hint: string;
  /** Where in the spec: the path of the offending value (or key, when `at` is "key"). */
  readonly path: SpecPath;
  readonly at?: "key" | "value";
}

export interface Location {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The source line, for the code frame. */
  readonly sourceLine?: string;
}

export type LocatedDiagnostic = Diagnostic & { readonly location: Location };

/** A rule as a catalogue declares it, and as the README's tables list it. */
export interface CatalogueEntry {
  readonly id: string;
  readonly severity: Severity;
  /** One line for the README. */
  readonly summary: string;
}

/** The severity `catalogue` gives rule `id` (a literal id is checked against the catalogue's). */
export const severityIn = <Entry extends CatalogueEntry>(catalogue: ReadonlyArray<Entry>, id: Entry["id"]): Severity =>
  catalogue.find((rule) => rule.id === id)!.severity;

export const hasErrors = (diagnostics: ReadonlyArray<Diagnostic>): boolean => diagnostics.some((d) => d.severity === "error");

/** Dotted display of a spec path: hosts.web-arm.networks.v6egress.ipv6, containers[1]. */
function formatPath(path: SpecPath): string {
  return path
    .map((segment, index) =>
      typeof segment === "number"
        ? `[${segment}]`
        : /^[A-Za-z0-9_-]+$/u.test(segment)
          ? `${index === 0 ? "" : "."}${segment}`
          : `[${JSON.stringify(segment)}]`,
    )
    .join("");
}

const severityColour = { error: pc.red, warning: pc.yellow, info: pc.cyan } as const;

/** Characters of the source line shown around the column; a longer line is cut on both sides. */
const excerptWidth = 120;

/**
 * The source line as the code frame shows it: escaped like every text from the spec (a control
 * character could retitle or clear the terminal), cut around the column when it is long, with
 * the caret's offset in the shown text.
 */
export function excerpt(sourceLine: string, column: number): { text: string; caret: number } {
  const characters = Array.from(sourceLine);
  const at = Math.min(Math.max(0, column - 1), characters.length);
  const start = characters.length <= excerptWidth ? 0 : Math.max(0, Math.min(at - excerptWidth / 2, characters.length - excerptWidth));
  const end = Math.min(characters.length, start + excerptWidth);
  const before = `${start > 0 ? "…" : ""}${visibleText(characters.slice(start, at).join(""))}`;
  const text = `${before}${visibleText(characters.slice(at, end).join(""))}${end < characters.length ? "…" : ""}`;
  return { text, caret: Array.from(before).length };
}

/** Compiler-style text: `file:line:col: error[rule]: field: message`, a code frame, the hint. */
export function formatDiagnostic(d: LocatedDiagnostic): string {
  const { file, line, column, sourceLine } = d.location;
  const field = d.path.length > 0 ? `${visibleText(formatPath(d.path))}: ` : "";
  const head = `${pc.bold(`${visibleText(file)}:${line}:${column}`)}: ${severityColour[d.severity](`${d.severity}[${d.rule}]`)}: ${field}${visibleText(d.message)}`;
  const shown = sourceLine === undefined ? undefined : excerpt(sourceLine, column);
  const frame =
    shown === undefined
      ? []
      : [`${String(line).padStart(5)} | ${shown.text}`, `${" ".repeat(5)} | ${" ".repeat(shown.caret)}${pc.bold("^")}`];
  return [head, ...frame, `${" ".repeat(5)} = ${pc.green("hint")}: ${visibleText(d.hint)}`].join("\n");
}

export function summarise(diagnostics: ReadonlyArray<Diagnostic>): string {
  const count = (s: Severity) => diagnostics.filter((d) => d.severity === s).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(count("error"), "error")}, ${plural(count("warning"), "warning")}`;
}

export const toJson = (d: LocatedDiagnostic) => ({
  rule: d.rule,
  severity: d.severity,
  file: d.location.file,
  line: d.location.line,
  column: d.location.column,
  field: formatPath(d.path),
  message: d.message,
  hint: d.hint,
});
