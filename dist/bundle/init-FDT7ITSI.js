import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  createNewFile,
  fileTarget
} from "./chunk-SU6HUM3D.js";
import {
  freshPrivate24,
  freshUla
} from "./chunk-NTSJHA6E.js";
import {
  UsageError,
  defaultIo,
  exitCodes,
  shownPath,
  unprintableIn,
  visible
} from "./chunk-UYYARZLR.js";
import {
  OutputPlaceError,
  WriteError,
  placeOutputs,
  writeAtomically
} from "./chunk-6RWGNLHB.js";
import "./chunk-T2A7LUK5.js";
import {
  fsReason
} from "./chunk-56WBP2GW.js";
import {
  renderMarkdown
} from "./chunk-4VMIDXTV.js";
import "./chunk-3NSS24ZZ.js";
import "./chunk-YDHEUPTJ.js";
import "./chunk-4AY7RP2N.js";
import {
  require_picocolors
} from "./chunk-PLONKWYQ.js";
import "./chunk-2AQNUPCB.js";
import {
  __toESM
} from "./chunk-JLHVTWXJ.js";

// src/cli/init.ts
var import_picocolors = __toESM(require_picocolors(), 1);
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
function hostNameFrom(raw) {
  const cleaned = raw.split(".")[0].replace(/[^A-Za-z0-9_.-]/gu, "-").replace(/^[^A-Za-z0-9]+/u, "").slice(0, 63);
  return cleaned === "" ? "my-host" : cleaned;
}
function optionAt(diagnostic) {
  if (diagnostic.path.length < 2) return "the starter spec";
  const [, , section, field, subfield] = diagnostic.path;
  if (section === void 0 || section === "output") return "--host";
  if (section === "uplink" && field === "interface") return "--interface";
  if (section === "uplink" && field === "ipv6" && subfield === "address") return "--address";
  return "the starter spec";
}
async function starterProblems(file, text, host, output) {
  const { compile } = await import("./pipeline-SFTG4JBX.js");
  const { hasErrors } = await import("./diagnostics-VDC7LDYH.js");
  const { diagnostics } = compile(file, text);
  if (hasErrors(diagnostics)) {
    return diagnostics.filter((d) => d.severity === "error").map((d) => `${optionAt(d)}: ${d.message}; ${d.hint}`);
  }
  const place = (await placeOutputs(file, [{ host, output }])).get(host);
  return place instanceof OutputPlaceError ? [`the output ${output} of host ${host}: ${place.message}; pass another --host, or move that away`] : [];
}
function cannotWrite(error) {
  if (error instanceof WriteError) throw new UsageError(`cannot write ${shownPath(error.file)}: ${fsReason(error.cause)}`);
  throw error;
}
async function checkTarget(file, force) {
  const target = await fileTarget(file).catch(cannotWrite);
  if (target.kind === "not a folder") throw new UsageError(`cannot write ${shownPath(file)}: ${shownPath(target.folder)} is not a folder`);
  if (target.kind === "no folder")
    throw new UsageError(`cannot write ${shownPath(file)}: the folder ${shownPath(target.folder)} does not exist; create it first`);
  if (target.kind === "new") return "new";
  if (!force) throw new UsageError(`${shownPath(file)} exists; pass --force to replace it`);
  if (target.kind === "other") throw new UsageError(`${shownPath(file)} is ${target.what}; --force replaces only a file`);
  return "replace";
}
function checkTyped(file, options) {
  if (file === "") throw new UsageError("give the spec a file name, e.g. podnet init podnet.yaml");
  const typed = [
    ["the spec's file name", file],
    ["--host", options.host],
    ["--interface", options.interface],
    ["--address", options.address]
  ];
  for (const [name, value] of typed) {
    const bad = value === void 0 ? void 0 : unprintableIn(value);
    if (bad !== void 0) throw new UsageError(`${name} ${visible(value)} contains ${bad}; give it as plain text`);
  }
}
async function runInit(file, options, io = defaultIo) {
  checkTyped(file, options);
  const host = options.host ?? hostNameFrom(os.hostname());
  const output = `hosts/${host}/podnet.nix`;
  const ula = freshUla(randomBytes);
  const text = renderMarkdown("init-spec.yaml.hbs", {
    host,
    output,
    interface: options.interface,
    address: options.address,
    ipv4: freshPrivate24(randomBytes),
    ipv6: ula.first64,
    globalId: ula.globalId
  });
  const target = path.resolve(file);
  const how = await checkTarget(target, options.force);
  const problems = await starterProblems(target, text, host, output);
  if (problems.length > 0) throw new UsageError(`not written, the spec would not validate: ${problems.join("; ")}`);
  if (how === "new") await createNewFile(target, text).catch(cannotWrite);
  else {
    await writeAtomically(target, text).catch(cannotWrite);
  }
  io.err(import_picocolors.default.green(`wrote ${shownPath(target)} for host ${host}; next: podnet validate ${visible(file)}`));
  return exitCodes.ok;
}
export {
  runInit
};
