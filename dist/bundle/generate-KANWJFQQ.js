import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  compileFile,
  report
} from "./chunk-UXTV7GKO.js";
import {
  UsageError,
  defaultIo,
  exitCodes
} from "./chunk-UYYARZLR.js";
import {
  diffOf,
  onDisk,
  planOutputs
} from "./chunk-6XEVXVWA.js";
import "./chunk-OB7U57EJ.js";
import {
  Staging,
  WriteError
} from "./chunk-6RWGNLHB.js";
import "./chunk-T2A7LUK5.js";
import "./chunk-56WBP2GW.js";
import "./chunk-SWBD3IF4.js";
import "./chunk-PP4YCQD2.js";
import "./chunk-4VMIDXTV.js";
import "./chunk-B26B2GMG.js";
import "./chunk-3NSS24ZZ.js";
import "./chunk-YDHEUPTJ.js";
import "./chunk-GBUKYKON.js";
import "./chunk-DTFT4EZT.js";
import "./chunk-4AY7RP2N.js";
import {
  hasErrors,
  summarise,
  toJson
} from "./chunk-YGBQ2C5R.js";
import {
  require_picocolors
} from "./chunk-PLONKWYQ.js";
import "./chunk-2AQNUPCB.js";
import {
  __toESM
} from "./chunk-JLHVTWXJ.js";

// src/cli/generate.ts
var import_picocolors = __toESM(require_picocolors(), 1);
import path from "node:path";
async function runGenerate(file, options, io = defaultIo) {
  const compilation = await compileFile(file);
  const base = { spec: file, diagnostics: compilation.diagnostics.map(toJson) };
  if (hasErrors(compilation.diagnostics)) {
    if (options.json) io.out(JSON.stringify({ ok: false, ...base, files: [] }, null, 2));
    else {
      report(io, compilation.diagnostics);
      io.err(import_picocolors.default.red(`${file}: ${summarise(compilation.diagnostics)}; nothing written`));
    }
    return exitCodes.findings;
  }
  if (!options.json) report(io, compilation.diagnostics);
  const relative = (target) => path.relative(process.cwd(), target) || target;
  const cannotWrite = (error) => error instanceof WriteError ? new UsageError(`cannot write ${relative(error.file)}: ${error.cause.message}; nothing written`) : error;
  const staging = options.check ? void 0 : await Staging.open();
  let outputs;
  try {
    outputs = await planOutputs(compilation.hosts, onDisk(file), staging);
  } catch (error) {
    await staging?.abort();
    throw cannotWrite(error);
  }
  const { planned, conflicts: found } = outputs;
  const conflicts = found.map(compilation.locate);
  if (conflicts.length > 0) {
    await staging?.abort();
    if (options.json)
      io.out(JSON.stringify({ ok: false, ...base, diagnostics: [...base.diagnostics, ...conflicts.map(toJson)], files: [] }, null, 2));
    else {
      report(io, conflicts);
      io.err(import_picocolors.default.red(`${file}: nothing written`));
    }
    return exitCodes.findings;
  }
  if (options.check) {
    const stale = planned.filter((entry) => entry.outcome !== "unchanged");
    if (options.json) {
      io.out(
        JSON.stringify(
          {
            ok: stale.length === 0,
            ...base,
            files: planned.map((entry) => ({
              host: entry.host,
              path: relative(entry.file),
              status: entry.outcome === "unchanged" ? "current" : entry.outcome === "created" ? "missing" : "stale"
            }))
          },
          null,
          2
        )
      );
    } else {
      for (const entry of stale) io.out(diffOf(entry, relative(entry.file), "committed", "generated from spec"));
      io.err(
        stale.length === 0 ? import_picocolors.default.green(`${file}: ${planned.length} generated file${planned.length === 1 ? "" : "s"} up to date`) : import_picocolors.default.red(
          `${file}: ${stale.map((entry) => relative(entry.file)).join(", ")} ${stale.length === 1 ? "is" : "are"} out of date; run \`podnet generate ${file}\``
        )
      );
    }
    return stale.length === 0 ? exitCodes.ok : exitCodes.findings;
  }
  try {
    await staging.commit();
  } catch (error) {
    throw cannotWrite(error);
  }
  if (options.json) {
    io.out(
      JSON.stringify(
        { ok: true, ...base, files: planned.map((entry) => ({ host: entry.host, path: relative(entry.file), status: entry.outcome })) },
        null,
        2
      )
    );
  } else {
    for (const entry of planned) io.out(`${entry.outcome.padEnd(9)} ${relative(entry.file)} (host ${entry.host})`);
  }
  return exitCodes.ok;
}
export {
  runGenerate
};
