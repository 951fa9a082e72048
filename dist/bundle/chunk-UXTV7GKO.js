import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  UsageError
} from "./chunk-UYYARZLR.js";
import {
  UnreadableFileError,
  readRegularFile
} from "./chunk-56WBP2GW.js";
import {
  compile
} from "./chunk-SWBD3IF4.js";
import {
  maxSpecBytes
} from "./chunk-GBUKYKON.js";
import {
  formatDiagnostic
} from "./chunk-YGBQ2C5R.js";

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
