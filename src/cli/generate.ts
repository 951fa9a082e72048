/**
 * `podnet generate`: write each host's module, all or none (ADR 12); with `--check`, write
 * nothing and show what would change.
 */
import path from "node:path";
import pc from "picocolors";
import { hasErrors, summarise, toJson } from "../compile/diagnostics.js";
import { diffOf, onDisk, planOutputs } from "../emit/outputs.js";
import { Staging, WriteError } from "../emit/write.js";
import { defaultIo, exitCodes, fsReason, type Io, UsageError } from "./context.js";
import { compileFile, report } from "./spec-file.js";

export async function runGenerate(file: string, options: { json?: boolean; check?: boolean }, io: Io = defaultIo): Promise<number> {
  const compilation = await compileFile(file);
  const base = { spec: file, diagnostics: compilation.diagnostics.map(toJson) };
  if (hasErrors(compilation.diagnostics)) {
    if (options.json) io.out(JSON.stringify({ ok: false, ...base, files: [] }, null, 2));
    else {
      report(io, compilation.diagnostics);
      io.err(pc.red(`${file}: ${summarise(compilation.diagnostics)}; nothing written`));
    }
    return exitCodes.findings;
  }
  if (!options.json) report(io, compilation.diagnostics);

  const relative = (target: string) => path.relative(process.cwd(), target) || target;
  const cannotWrite = (error: unknown) =>
    error instanceof WriteError ? new UsageError(`cannot write ${relative(error.file)}: ${fsReason(error.cause)}; nothing written`) : error;
  // Without --check, each changed module goes to its temporary file as it is rendered; nothing
  // takes its place until every host is planned and written.
  const staging = options.check ? undefined : await Staging.open();
  let outputs: Awaited<ReturnType<typeof planOutputs>>;
  try {
    outputs = await planOutputs(compilation.hosts, onDisk(file), staging);
  } catch (error) {
    await staging?.abort();
    throw cannotWrite(error);
  }
  const { planned, conflicts: found } = outputs;
  const conflicts = found.map(compilation.locate!);
  if (conflicts.length > 0) {
    await staging?.abort();
    if (options.json)
      io.out(JSON.stringify({ ok: false, ...base, diagnostics: [...base.diagnostics, ...conflicts.map(toJson)], files: [] }, null, 2));
    else {
      report(io, conflicts);
      io.err(pc.red(`${file}: nothing written`));
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
              status: entry.outcome === "unchanged" ? "current" : entry.outcome === "created" ? "missing" : "stale",
            })),
          },
          null,
          2,
        ),
      );
    } else {
      for (const entry of stale) io.out(diffOf(entry, relative(entry.file), "committed", "generated from spec"));
      io.err(
        stale.length === 0
          ? pc.green(`${file}: ${planned.length} generated file${planned.length === 1 ? "" : "s"} up to date`)
          : pc.red(
              `${file}: ${stale.map((entry) => relative(entry.file)).join(", ")} ${stale.length === 1 ? "is" : "are"} out of date; run \`podnet generate ${file}\``,
            ),
      );
    }
    return stale.length === 0 ? exitCodes.ok : exitCodes.findings;
  }

  try {
    await staging!.commit();
  } catch (error) {
    throw cannotWrite(error);
  }
  if (options.json) {
    io.out(
      JSON.stringify(
        { ok: true, ...base, files: planned.map((entry) => ({ host: entry.host, path: relative(entry.file), status: entry.outcome })) },
        null,
        2,
      ),
    );
  } else {
    for (const entry of planned) io.out(`${entry.outcome.padEnd(9)} ${relative(entry.file)} (host ${entry.host})`);
  }
  return exitCodes.ok;
}
