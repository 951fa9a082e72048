/**
 * decode: plain value → typed Spec, or diagnostics built from effect's issue tree.
 *
 * effect reports *what* failed at *which path*; this module adds the how-to-fix from the
 * schema's own annotations (`hint`, `expected`), so the advice lives next to the definition.
 */
import * as Result from "effect/Result";
import * as Schema from "effect/Schema";
import type * as SchemaAST from "effect/SchemaAST";
import type * as SchemaIssue from "effect/SchemaIssue";
import type { Diagnostic, SpecPath } from "./diagnostics.js";
import { inputSeverity } from "./input-rules.js";
import { decodeOptions, Spec } from "./schema.js";

const schemaRule = "schema";
const schemaSeverity = inputSeverity(schemaRule);

export type DecodeResult =
  | { readonly ok: true; readonly spec: Spec }
  | { readonly ok: false; readonly diagnostics: ReadonlyArray<Diagnostic> };

const decodeSpec = Schema.decodeUnknownResult(Spec);

export function decode(value: unknown): DecodeResult {
  const result = decodeSpec(value, decodeOptions);
  if (Result.isSuccess(result)) return { ok: true, spec: result.success };
  return { ok: false, diagnostics: issueToDiagnostics(result.failure.issue, [], value) };
}

type Annotated = { readonly message?: unknown; readonly hint?: unknown; readonly expected?: unknown; readonly description?: unknown };

const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

function valueAt(root: unknown, path: SpecPath): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "nothing (empty value)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)}`;
  return `${typeof value} ${String(value)}`;
}

function expectedOf(ast: SchemaAST.AST): string {
  const annotations = (ast.annotations ?? {}) as Annotated;
  const explicit = text(annotations.expected);
  if (explicit) return explicit;
  switch (ast._tag) {
    case "Objects":
      return "a mapping";
    case "Arrays":
      return "a list";
    case "String":
      return "a string";
    case "Number":
      return "a number";
    case "Boolean":
      return "true or false";
    case "Literal":
      return JSON.stringify(ast.literal);
    case "Union":
      return `one of ${ast.types.map(expectedOf).join(", ")}`;
    default:
      return "a different value";
  }
}

function hintOf(ast: SchemaAST.AST): string | undefined {
  return text(((ast.annotations ?? {}) as Annotated).hint);
}

/** The explained check behind a key schema of a record (the allowed-name rule). */
function keyRule(ast: SchemaAST.Objects): Annotated | undefined {
  const parameter = ast.indexSignatures[0]?.parameter as SchemaAST.AST | undefined;
  const check = parameter?.checks?.[0];
  return check ? (check.annotations as Annotated | undefined) : undefined;
}

function issueToDiagnostics(issue: SchemaIssue.Issue, path: SpecPath, input: unknown): Diagnostic[] {
  const here = (message: string, hint: string, at: "key" | "value" = "value"): Diagnostic[] => [
    { rule: schemaRule, severity: schemaSeverity, message, hint, path, at },
  ];
  switch (issue._tag) {
    case "Encoding":
      // A parsed value (a subnet, an address) whose text did not pass its checks.
      return issueToDiagnostics(issue.issue, path, input);
    case "Pointer":
      return issueToDiagnostics(issue.issue, [...path, ...(issue.path as Array<string | number>)], input);
    case "Composite":
    case "AnyOf":
      if (issue._tag === "AnyOf" && issue.issues.length === 0) {
        const actual = valueAt(input, path);
        return here(`expected ${expectedOf(issue.ast)}, got ${describeValue(actual)}`, hintOf(issue.ast) ?? `use ${expectedOf(issue.ast)}`);
      }
      return issue.issues.flatMap((inner) => issueToDiagnostics(inner, path, input));
    case "Filter": {
      const annotations = issue.filter.annotations as Annotated | undefined;
      const actual = valueAt(input, path);
      // A filter that says why (a zone index, a prefix out of range) returns its reason as the
      // inner issue's message; otherwise the filter's own annotation says what was expected.
      const reason = issue.issue._tag === "InvalidValue" ? text((issue.issue.annotations as Annotated | undefined)?.message) : undefined;
      const message = reason ?? text(annotations?.message) ?? `must be ${text(annotations?.expected) ?? "valid"}`;
      return here(
        `${describeValue(actual)} ${message}`,
        text(annotations?.hint) ?? `use ${text(annotations?.expected) ?? "a valid value"}`,
      );
    }
    case "InvalidType": {
      const actual = valueAt(input, path);
      const expected = expectedOf(issue.ast);
      return here(`expected ${expected}, got ${describeValue(actual)}`, hintOf(issue.ast) ?? `write ${expected} here`);
    }
    case "MissingKey": {
      const key = path[path.length - 1];
      return [
        {
          rule: schemaRule,
          severity: schemaSeverity,
          message: `required key ${JSON.stringify(key)} is missing`,
          hint: `add \`${String(key)}:\` to this mapping (see the spec reference in the README)`,
          path: path.slice(0, -1),
        },
      ];
    }
    case "UnexpectedKey": {
      const key = String(path[path.length - 1]);
      const objects = issue.ast as SchemaAST.Objects;
      const rule = keyRule(objects);
      if (rule) {
        return here(`${JSON.stringify(key)} ${text(rule.message) ?? "is not an allowed name"}`, text(rule.hint) ?? "rename it", "key");
      }
      const allowed = objects.propertySignatures.map((p) => String(p.name));
      const suggestion = closest(key, allowed);
      return here(
        `unknown key ${JSON.stringify(key)}`,
        `${suggestion ? `did you mean \`${suggestion}\`? ` : ""}allowed keys here: ${allowed.join(", ")}`,
        "key",
      );
    }
    case "InvalidValue": {
      // A parsed value (a subnet, an address) whose text does not parse says why, and how to fix it.
      const annotations = issue.annotations as Annotated | undefined;
      const reason = text(annotations?.message);
      return here(
        reason ? `${describeValue(valueAt(input, path))} ${reason}` : "invalid value",
        text(annotations?.hint) ?? "check the value against the spec reference",
      );
    }
    default:
      return here(`invalid value (${issue._tag})`, "check the value against the spec reference in the README");
  }
}

/** A known key within two edits of a misspelt one (`ipv66` → `ipv6`). */
function closest(word: string, candidates: ReadonlyArray<string>): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance <= 2 && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
