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
  onDisk
} from "./chunk-6XEVXVWA.js";
import "./chunk-OB7U57EJ.js";
import "./chunk-6RWGNLHB.js";
import "./chunk-T2A7LUK5.js";
import {
  UnreadableFileError,
  readRegularFile
} from "./chunk-56WBP2GW.js";
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

// src/cli/validate.ts
var import_picocolors = __toESM(require_picocolors(), 1);
var maxFactsBytes = 16 * 1024 * 1024;
async function hostFactsDiagnostics(compilation, entries) {
  if (entries.length === 0 || compilation.locate === void 0) return [];
  const { factsFindings, decodeHostFacts, factsDiagnostic } = await import("./facts-AREJS7NA.js");
  const found = [];
  for (const entry of entries) {
    const match = /^([A-Za-z0-9][A-Za-z0-9_.-]*)=(.+)$/u.exec(entry);
    const [hostName, factsFile] = match ? [match[1], match[2]] : [void 0, entry];
    const hosts = compilation.hosts.map((h) => h.plan);
    const host = hostName === void 0 ? hosts.length === 1 ? hosts[0] : void 0 : hosts.find((h) => h.host === hostName);
    if (!host)
      throw new UsageError(
        hostName === void 0 ? `--host-facts ${entry}: the spec has several hosts; write --host-facts <host>=<file>` : `--host-facts ${entry}: no host ${hostName} in the spec`
      );
    let value;
    try {
      value = JSON.parse(await readRegularFile(factsFile, maxFactsBytes));
    } catch (error) {
      throw new UsageError(
        `cannot read host facts ${factsFile}: ${error instanceof UnreadableFileError ? error.reason : `not JSON (${error.message})`}`
      );
    }
    const decoded = decodeHostFacts(value);
    if (!decoded.ok) throw new UsageError(`host facts ${factsFile}: ${decoded.reason}`);
    found.push(...factsFindings(host, decoded.facts).map((finding) => compilation.locate(factsDiagnostic(host, finding, factsFile))));
  }
  return found;
}
async function placeDiagnostics(file, compilation) {
  if (compilation.hosts.length === 0 || compilation.locate === void 0) return [];
  const places = await onDisk(file).place(compilation.hosts);
  return [...places.values()].flatMap((place) => typeof place === "string" ? [] : [compilation.locate(place)]);
}
async function runValidate(file, options, io = defaultIo) {
  const compilation = await compileFile(file);
  const diagnostics = [
    ...compilation.diagnostics,
    ...await placeDiagnostics(file, compilation),
    ...await hostFactsDiagnostics(compilation, options.hostFacts ?? [])
  ];
  const failed = hasErrors(diagnostics);
  if (options.json) {
    io.out(JSON.stringify({ ok: !failed, spec: file, diagnostics: diagnostics.map(toJson) }, null, 2));
  } else {
    report(io, diagnostics);
    io.err(failed ? import_picocolors.default.red(`${file}: ${summarise(diagnostics)}`) : import_picocolors.default.green(`${file}: valid (${summarise(diagnostics)})`));
  }
  return failed ? exitCodes.findings : exitCodes.ok;
}
export {
  runValidate
};
