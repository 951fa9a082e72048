import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  UsageError
} from "./chunk-UYYARZLR.js";
import {
  UnreadableFileError,
  readRegularFile
} from "./chunk-OINXVUR3.js";
import {
  compile
} from "./chunk-RUBOH733.js";
import {
  formatDiagnostic
} from "./chunk-62BEAWWP.js";
import {
  maxSpecBytes
} from "./chunk-EZPYXJJ6.js";

// src/cli/spec-file.ts
async function readSpec(file) {
  try {
    return await readRegularFile(file, maxSpecBytes);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw new UsageError(`cannot read spec ${file}: ${error.reason}`);
    throw error;
  }
}
async function compileFile(file) {
  return compile(file, await readSpec(file));
}
function report(io, diagnostics) {
  for (const diagnostic of diagnostics) io.err(`${formatDiagnostic(diagnostic)}
`);
}

export {
  compileFile,
  report
};
