import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  freshPrivate24,
  freshUla
} from "./chunk-YI5UWWVD.js";
import {
  UsageError,
  createNewFile,
  defaultIo,
  exitCodes,
  shownPath,
  unprintableIn,
  visible
} from "./chunk-T6VZR3GU.js";
import {
  fsReason
} from "./chunk-OINXVUR3.js";
import {
  renderMarkdown
} from "./chunk-MT4IZ2QA.js";
import {
  require_picocolors
} from "./chunk-PLONKWYQ.js";
import "./chunk-2AQNUPCB.js";
import "./chunk-4AY7RP2N.js";
import {
  __toESM
} from "./chunk-JLHVTWXJ.js";

// src/cli/init.ts
var import_picocolors = __toESM(require_picocolors(), 1);
import { lstat, stat } from "node:fs/promises";
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
  const { compile } = await import("./pipeline-DT2WESK5.js");
  const { hasErrors } = await import("./diagnostics-ZBZ6MGBT.js");
  const { diagnostics } = compile(file, text);
  if (hasErrors(diagnostics)) {
    return diagnostics.filter((d) => d.severity === "error").map((d) => `${optionAt(d)}: ${d.message}; ${d.hint}`);
  }
  const { OutputPlaceError, placeOutputs } = await import("./write-MGCH5VCU.js");
  const place = (await placeOutputs(file, [{ host, output }])).get(host);
  return place instanceof OutputPlaceError ? [`the output ${output} of host ${host}: ${place.message}; pass another --host, or move that away`] : [];
}
async function checkTarget(file, force) {
  const folder = path.dirname(file);
  try {
    if (!(await stat(folder)).isDirectory()) throw new UsageError(`cannot write ${shownPath(file)}: ${shownPath(folder)} is not a folder`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(
      `cannot write ${shownPath(file)}: ${error.code === "ENOENT" ? `the folder ${shownPath(folder)} does not exist; create it first` : fsReason(error)}`
    );
  }
  let info;
  try {
    info = await lstat(file);
  } catch (error) {
    if (error.code === "ENOENT") return "new";
    throw new UsageError(`cannot write ${shownPath(file)}: ${fsReason(error)}`);
  }
  if (!force) throw new UsageError(`${shownPath(file)} exists; pass --force to replace it`);
  if (!info.isFile() && !info.isSymbolicLink())
    throw new UsageError(`${shownPath(file)} is ${info.isDirectory() ? "a folder" : "not a regular file"}; --force replaces only a file`);
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
  const ula = freshUla();
  const text = renderMarkdown("init-spec.yaml.hbs", {
    host,
    output,
    interface: options.interface,
    address: options.address,
    ipv4: freshPrivate24(),
    ipv6: ula.first64,
    globalId: ula.globalId
  });
  const target = path.resolve(file);
  const how = await checkTarget(target, options.force);
  const problems = await starterProblems(target, text, host, output);
  if (problems.length > 0) throw new UsageError(`not written, the spec would not validate: ${problems.join("; ")}`);
  if (how === "new") await createNewFile(target, text);
  else {
    const { writeAtomically, WriteError } = await import("./write-MGCH5VCU.js");
    await writeAtomically(target, text).catch((error) => {
      throw new UsageError(`cannot write ${shownPath(target)}: ${fsReason(error instanceof WriteError ? error.cause : error)}`);
    });
  }
  io.err(import_picocolors.default.green(`wrote ${shownPath(target)} for host ${host}; next: podnet validate ${visible(file)}`));
  return exitCodes.ok;
}
export {
  runInit
};
