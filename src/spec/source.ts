/**
 * parse: YAML text → plain value, keeping a map from spec paths back to line:column.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { Diagnostic, LocatedDiagnostic, Location, SpecPath } from "../diagnostics.js";

/** Large enough for a 1,000-host fleet (about 3 MB); larger is a stray file, refused early. */
export const maxSpecBytes = 16 * 1024 * 1024;
/** Anchors are handy for container lists; thousands of alias expansions are an attack. */
const maxAliasCount = 100;

export interface SpecSource {
  readonly file: string;
  readonly text: string;
  /** Where a diagnostic points: the node at its path, or the deepest ancestor that exists. */
  locate(diagnostic: Diagnostic): LocatedDiagnostic;
}

export type ParseResult =
  | { readonly ok: true; readonly value: unknown; readonly source: SpecSource }
  | { readonly ok: false; readonly diagnostics: ReadonlyArray<LocatedDiagnostic> };

export function parseSpecText(file: string, text: string): ParseResult {
  const lineCounter = new LineCounter();
  const lines = text.split(/\r?\n/u);
  const at = (offset: number): Location => {
    const { line, col } = lineCounter.linePos(offset);
    const sourceLine = lines[line - 1];
    return { file, line, column: col, ...(sourceLine === undefined ? {} : { sourceLine }) };
  };
  const failure = (rule: string, message: string, hint: string, offset: number): ParseResult => ({
    ok: false,
    diagnostics: [{ rule, severity: "error", message, hint, path: [], location: at(offset) }],
  });

  if (Buffer.byteLength(text, "utf8") > maxSpecBytes) {
    return failure("spec-too-large", `the spec is larger than ${maxSpecBytes} bytes`, "a podnet spec is a small YAML file; check that the right file was given", 0);
  }

  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, strict: true, prettyErrors: false, keepSourceTokens: false });
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) {
    return {
      ok: false,
      diagnostics: problems.map((problem) => ({
        rule: problem.code === "DUPLICATE_KEY" ? "yaml-duplicate-key" : "yaml-syntax",
        severity: "error" as const,
        message: yamlMessage(problem.code, problem.message),
        hint: yamlHint(problem.code),
        path: [],
        location: at(problem.pos[0]),
      })),
    };
  }

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount });
  } catch (error) {
    // yaml throws ReferenceError for alias bombs ("Excessive alias count…") and unresolved aliases.
    return failure("yaml-alias", `YAML aliases could not be expanded safely: ${(error as Error).message}`, `use at most ${maxAliasCount} alias expansions, or write the values out`, 0);
  }

  const source: SpecSource = {
    file,
    text,
    locate: (diagnostic) => ({ ...diagnostic, location: at(offsetOf(doc, diagnostic.path, diagnostic.at ?? "value")) }),
  };
  return { ok: true, value, source };
}

function offsetOf(doc: Document, path: SpecPath, at: "key" | "value"): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const [index, segment] of path.entries()) {
    const last = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return offset;
      const key = pair.key as Node;
      if (last && at === "key") return key.range?.[0] ?? offset;
      const value = pair.value as Node | null;
      offset = value?.range?.[0] ?? key.range?.[0] ?? offset;
      node = value;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment] as Node | undefined;
      if (!item) return offset;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      return offset;
    }
  }
  return offset;
}

function yamlMessage(code: string, message: string): string {
  // yaml's messages carry their own "at line x, column y" tail; the location is ours to print.
  const bare = message.replace(/ at line \d+, column \d+:?[\s\S]*$/u, "");
  return code === "DUPLICATE_KEY" ? "this key appears twice in the same mapping" : `YAML syntax error: ${bare}`;
}

function yamlHint(code: string): string {
  switch (code) {
    case "DUPLICATE_KEY":
      return "remove or rename one of the two entries; YAML would otherwise keep only one silently";
    case "TAB_AS_INDENT":
      return "indent with spaces, not tabs";
    case "BAD_INDENT":
    case "MISSING_CHAR":
      return "check the indentation and the ':' after each key";
    default:
      return "fix the YAML syntax at this position (a YAML linter shows the same spot)";
  }
}
