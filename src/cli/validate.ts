/**
 * `podnet validate`: every finding of the spec, where each output would go, and, with
 * `--host-facts`, how the spec fits the host the facts come from.
 */
import pc from "picocolors";
import { hasErrors, type LocatedDiagnostic, summarise, toJson } from "../compile/diagnostics.js";
import type { Compilation } from "../compile/pipeline.js";
import { isAllowListedName } from "../compile/schema.js";
import { onDisk } from "../emit/outputs.js";
import { readRegularFile, UnreadableFileError } from "../emit/read.js";
import { defaultIo, exitCodes, type Io, UsageError } from "./context.js";
import { compileFile, report } from "./spec-file.js";

/** Host facts are `ip -j` output: a few hundred kilobytes on a busy host. */
const maxFactsBytes = 16 * 1024 * 1024;

/** `--host-facts [host=]file`: JSON facts of a host, checked against its part of the spec. */
async function hostFactsDiagnostics(compilation: Compilation, entries: ReadonlyArray<string>): Promise<LocatedDiagnostic[]> {
  if (entries.length === 0 || compilation.locate === undefined) return [];
  const { factsFindings, decodeHostFacts, factsDiagnostic } = await import("../prove/facts.js");
  const found: LocatedDiagnostic[] = [];
  for (const entry of entries) {
    // `host=file` when what comes before the first '=' is a host name the spec could hold;
    // anything else (a longer name too) is a facts file's path, which the spec's one host takes.
    const equals = entry.indexOf("=");
    const named = equals > 0 && equals < entry.length - 1 && isAllowListedName(entry.slice(0, equals));
    const [hostName, factsFile] = named ? [entry.slice(0, equals), entry.slice(equals + 1)] : [undefined, entry];
    const hosts = compilation.hosts.map((h) => h.plan);
    const host = hostName === undefined ? (hosts.length === 1 ? hosts[0] : undefined) : hosts.find((h) => h.host === hostName);
    if (!host)
      throw new UsageError(
        hostName === undefined
          ? `--host-facts ${entry}: the spec has several hosts; write --host-facts <host>=<file>`
          : `--host-facts ${entry}: no host ${hostName} in the spec`,
      );
    let value: unknown;
    try {
      value = JSON.parse(await readRegularFile(factsFile, maxFactsBytes));
    } catch (error) {
      throw new UsageError(
        `cannot read host facts ${factsFile}: ${error instanceof UnreadableFileError ? error.reason : `not JSON (${(error as Error).message})`}`,
      );
    }
    const decoded = decodeHostFacts(value);
    if (!decoded.ok) throw new UsageError(`host facts ${factsFile}: ${decoded.reason}`);
    found.push(...factsFindings(host, decoded.facts).map((finding) => compilation.locate!(factsDiagnostic(host, finding, factsFile))));
  }
  return found;
}

/** Where each output would really be written: the same checks generate makes. */
async function placeDiagnostics(file: string, compilation: Compilation): Promise<LocatedDiagnostic[]> {
  if (compilation.hosts.length === 0 || compilation.locate === undefined) return [];
  const places = await onDisk(file).place(compilation.hosts);
  return [...places.values()].flatMap((place) => (typeof place === "string" ? [] : [compilation.locate!(place)]));
}

export async function runValidate(file: string, options: { json?: boolean; hostFacts?: string[] }, io: Io = defaultIo): Promise<number> {
  const compilation = await compileFile(file);
  const diagnostics = [
    ...compilation.diagnostics,
    ...(await placeDiagnostics(file, compilation)),
    ...(await hostFactsDiagnostics(compilation, options.hostFacts ?? [])),
  ];
  const failed = hasErrors(diagnostics);
  if (options.json) {
    io.out(JSON.stringify({ ok: !failed, spec: file, diagnostics: diagnostics.map(toJson) }, null, 2));
  } else {
    report(io, diagnostics);
    io.err(failed ? pc.red(`${file}: ${summarise(diagnostics)}`) : pc.green(`${file}: valid (${summarise(diagnostics)})`));
  }
  return failed ? exitCodes.findings : exitCodes.ok;
}
