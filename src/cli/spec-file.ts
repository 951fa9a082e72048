/** The spec file a command compiles: read as a regular file within the size limit, and its findings reported. */
import { formatDiagnostic, type LocatedDiagnostic } from "../compile/diagnostics.js";
import { type Compilation, compile } from "../compile/pipeline.js";
import { maxSpecBytes } from "../compile/source.js";
import { readRegularFile, UnreadableFileError } from "../emit/read.js";
import { type Io, UsageError } from "./context.js";

/** The spec a command was given: a regular file within the size limit, or a usage error. */
async function readSpec(file: string): Promise<string> {
  try {
    return await readRegularFile(file, maxSpecBytes);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw new UsageError(`cannot read spec ${file}: ${error.reason}`);
    throw error;
  }
}

export async function compileFile(file: string): Promise<Compilation> {
  return compile(file, await readSpec(file));
}

/** Findings as compiler-style text on stderr. */
export function report(io: Io, diagnostics: ReadonlyArray<LocatedDiagnostic>): void {
  for (const diagnostic of diagnostics) io.err(`${formatDiagnostic(diagnostic)}\n`);
}
