/**
 * The compiler pipeline in one direction: parse → decode → validate → plan → render.
 * Pure: it takes the spec's text; reading and writing are the caller's steps (src/emit/).
 */
import path from "node:path";
import { decode } from "./decode.js";
import { type Diagnostic, hasErrors, type LocatedDiagnostic } from "./diagnostics.js";
import { type HostPlan, plan } from "./plan.js";
import { renderHostModule } from "./render.js";
import { validate } from "./rules.js";
import type { Spec } from "./schema.js";
import { parseSpecText } from "./source.js";

export interface RenderedHost {
  readonly plan: HostPlan;
  /** The module, rendered on each read. */
  readonly content: string;
}

export interface Compilation {
  readonly diagnostics: ReadonlyArray<LocatedDiagnostic>;
  /** Present only when there are no errors. */
  readonly spec?: Spec;
  readonly hosts: ReadonlyArray<RenderedHost>;
  /** Places a later diagnostic (e.g. from the write step) in the spec source. */
  readonly locate?: (diagnostic: Diagnostic) => LocatedDiagnostic;
}

/** Compiles spec text; `file` is used for diagnostics and to resolve the outputs. */
export function compile(file: string, text: string): Compilation {
  const parsed = parseSpecText(file, text);
  if (!parsed.ok) return { diagnostics: parsed.diagnostics, hosts: [] };

  const decoded = decode(parsed.value);
  if (!decoded.ok) return { diagnostics: decoded.diagnostics.map(parsed.source.locate), hosts: [] };

  const diagnostics = validate(decoded.spec, { specDir: path.dirname(path.resolve(file)) }).map(parsed.source.locate);
  if (hasErrors(diagnostics)) return { diagnostics, hosts: [] };

  // Rendering is the expensive part and only generate needs it: a module is rendered when read,
  // and not kept, so a fleet's modules never all sit in memory at once (read it once).
  const hosts = plan(decoded.spec, file).map((host) => ({
    plan: host,
    get content() {
      return renderHostModule(host);
    },
  }));
  return { diagnostics, spec: decoded.spec, hosts, locate: parsed.source.locate };
}
