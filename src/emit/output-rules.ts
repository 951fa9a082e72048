/**
 * The findings of the write step: where a host's output cannot be written. Declared once here, as
 * the spec rules are in compile/rules.ts; the README's table is generated from this catalogue.
 * (Two outputs that turn out to be one file through a symlink are `output-collision`, the spec
 * rule for two hosts that name one file.)
 */
import { type CatalogueEntry, type Severity, severityIn } from "../compile/diagnostics.js";

export const outputRules = [
  {
    id: "output-outside-spec-dir",
    severity: "error",
    summary: "An output stays inside the spec's folder (no `..` out of it, no symlink that leads out) and is not the spec itself.",
  },
  {
    id: "output-not-a-file",
    severity: "error",
    summary:
      "An output is a new path or a regular file podnet can read and replace (not a folder, a device, a fifo or a file too large to be a module).",
  },
  {
    id: "output-not-generated",
    severity: "error",
    summary: "`generate` replaces only files that podnet wrote (they start with its header).",
  },
] as const satisfies ReadonlyArray<CatalogueEntry>;

export type OutputRuleId = (typeof outputRules)[number]["id"];

export const outputSeverity = (id: OutputRuleId): Severity => severityIn(outputRules, id);
