import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  UsageError,
  compileFile,
  defaultIo,
  exitCodes,
  report
} from "./chunk-REQZJE5N.js";
import "./chunk-IC2JOQ5D.js";
import {
  hasErrors,
  require_picocolors,
  summarise,
  toJson
} from "./chunk-4IMGANDX.js";
import "./chunk-YCLTRH4Q.js";
import {
  diffOf,
  onDisk,
  planOutputs
} from "./chunk-4Z3HAJPY.js";
import "./chunk-WAR76RKR.js";
import "./chunk-XCP5MDYN.js";
import {
  WriteError,
  writeAll
} from "./chunk-PIJTCJ4O.js";
import "./chunk-5J6UUZKE.js";
import "./chunk-GUEHHRAZ.js";
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
  const { planned, conflicts: found } = await planOutputs(compilation.hosts, onDisk(file));
  const conflicts = found.map(compilation.locate);
  if (conflicts.length > 0) {
    if (options.json)
      io.out(JSON.stringify({ ok: false, ...base, diagnostics: [...base.diagnostics, ...conflicts.map(toJson)], files: [] }, null, 2));
    else {
      report(io, conflicts);
      io.err(import_picocolors.default.red(`${file}: nothing written`));
    }
    return exitCodes.findings;
  }
  const relative = (target) => path.relative(process.cwd(), target) || target;
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
    await writeAll(planned.filter((entry) => entry.outcome !== "unchanged"));
  } catch (error) {
    if (error instanceof WriteError) throw new UsageError(`cannot write ${relative(error.file)}: ${error.cause.message}; nothing written`);
    throw error;
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
