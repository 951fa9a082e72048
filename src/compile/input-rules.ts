/**
 * The findings about input that is not a well-formed spec, before any spec rule can run: the YAML
 * (source.ts) and its shape (decode.ts). Declared once here, as the spec rules are in rules.ts;
 * the README's table is generated from this catalogue.
 */
import { type CatalogueEntry, type Severity, severityIn } from "./diagnostics.js";

export const inputRules = [
  {
    id: "spec-too-large",
    severity: "error",
    summary: "The spec is at most 4 MiB; a larger file is a stray file, refused before it is read as YAML.",
  },
  {
    id: "yaml-version",
    severity: "error",
    summary: "A `%YAML` directive other than 1.2 is refused, since YAML 1.1 would read yes, no, on and 02400 as other values.",
  },
  { id: "yaml-syntax", severity: "error", summary: "The file is well-formed YAML." },
  { id: "yaml-duplicate-key", severity: "error", summary: 'A key appears once per mapping, quoted or not (`1` and `"1"` are one name).' },
  { id: "yaml-tag", severity: "error", summary: "No tags (`!!…`, `!…`) or values beyond YAML 1.2's core schema." },
  { id: "yaml-key", severity: "error", summary: "A mapping key is a plain name, not an alias, a list or a mapping." },
  {
    id: "yaml-alias",
    severity: "error",
    summary: "Aliases expand the spec to at most 500,000 values, and none refers to a value that contains it.",
  },
  {
    id: "schema",
    severity: "error",
    summary: "The spec has the shape of the JSON Schema (docs/podnet.schema.json): types, required and unknown keys, names, addresses.",
  },
] as const satisfies ReadonlyArray<CatalogueEntry>;

export type InputRuleId = (typeof inputRules)[number]["id"];

export const inputSeverity = (id: InputRuleId): Severity => severityIn(inputRules, id);
