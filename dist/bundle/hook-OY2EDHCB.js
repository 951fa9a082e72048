import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  UsageError,
  defaultIo,
  exitCodes,
  shownPath,
  unprintableIn,
  visible
} from "./chunk-UYYARZLR.js";
import {
  GitError,
  hooksDir,
  repoRoot,
  showFile,
  stagedPaths
} from "./chunk-OB7U57EJ.js";
import {
  UnreadableFileError,
  fileKind,
  fsReason,
  readRegularFile
} from "./chunk-56WBP2GW.js";
import {
  require_picocolors
} from "./chunk-PLONKWYQ.js";
import {
  UnsafeValueError,
  shellWord
} from "./chunk-2AQNUPCB.js";
import {
  __toESM
} from "./chunk-JLHVTWXJ.js";

// src/cli/hook.ts
var import_picocolors = __toESM(require_picocolors(), 1);
import path2 from "node:path";
import { fileURLToPath } from "node:url";

// src/emit/hook-file.ts
import { lstat, mkdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
var hookMarker = "# podnet pre-commit hook";
async function hooksFolderKind(dir) {
  try {
    return (await stat(dir)).isDirectory() ? "folder" : "not a folder";
  } catch (error) {
    if (error.code === "ENOENT") return "missing";
    throw new UnreadableFileError(dir, fsReason(error));
  }
}
async function pathInRepository(root, file) {
  const [realRoot, realFolder] = await Promise.all([realpath(root), realpath(path.dirname(file))]).catch((error) => {
    throw new UnreadableFileError(file, fsReason(error));
  });
  const relative = path.relative(realRoot, path.join(realFolder, path.basename(file)));
  if (relative.startsWith("..") || path.isAbsolute(relative)) return void 0;
  return relative.split(path.sep).join("/");
}
async function makeHooksFolder(dir) {
  await mkdir(dir);
}
var maxHookBytes = 1024 * 1024;
async function existingHook(hookFile) {
  let info;
  try {
    info = await lstat(hookFile);
  } catch (error) {
    if (error.code === "ENOENT") return "none";
    throw new UnreadableFileError(hookFile, fsReason(error));
  }
  if (!info.isFile() && !info.isSymbolicLink()) return info.isDirectory() ? "a folder" : "not a regular file";
  const text = await readRegularFile(hookFile, maxHookBytes).catch(() => void 0);
  return text?.includes(hookMarker) ? "podnet" : "foreign";
}
async function writeHook(hookFile, script) {
  const { WriteError, writeAtomically } = await import("./write-QTBLSRAF.js");
  await writeAtomically(hookFile, script, 493).catch((error) => {
    throw error instanceof WriteError ? error.cause : error;
  });
}

// src/cli/hook.ts
function hookScript(podnetBin, specFromRoot, flake) {
  const args = ["hook", "run", "--spec", specFromRoot, ...flake === void 0 ? [] : ["--flake", flake]];
  return [
    "#!/bin/sh",
    `${hookMarker} (written by \`podnet hook install\`; run it again to change this file).`,
    "# Blocks a commit whose generated modules are stale, then dry-builds the hosts it touches.",
    'cd "$(git rev-parse --show-toplevel)" || exit 2',
    `exec ${[process.execPath, podnetBin, ...args].map(shellWord).join(" ")}`,
    ""
  ].join("\n");
}
async function askGit(question) {
  try {
    return await question();
  } catch (error) {
    if (error instanceof GitError) throw new UsageError(error.message);
    throw error;
  }
}
async function specFromRootOf(root, spec) {
  const bad = unprintableIn(spec);
  if (bad !== void 0)
    throw new UsageError(`--spec ${visible(spec)} contains ${bad}; the hook cannot name such a path, so rename the spec`);
  const absolute = path2.resolve(spec);
  let kind;
  try {
    kind = fileKind(absolute);
  } catch (error) {
    throw new UsageError(
      `cannot read --spec ${shownPath(absolute)}: ${error instanceof UnreadableFileError ? error.reason : fsReason(error)}`
    );
  }
  if (kind === "missing")
    throw new UsageError(`--spec ${shownPath(absolute)}: no such file; write the spec first (podnet init), then install the hook`);
  if (kind !== "file") throw new UsageError(`--spec ${shownPath(absolute)} is ${kind}, not a spec file`);
  const relative = await pathInRepository(root, absolute).catch((error) => {
    throw new UsageError(
      `cannot resolve --spec ${shownPath(absolute)}: ${error instanceof UnreadableFileError ? error.reason : fsReason(error)}`
    );
  });
  if (relative === void 0) {
    throw new UsageError(
      `--spec ${shownPath(absolute)} is outside the repository ${shownPath(root)}; the hook checks a spec committed in this repository`
    );
  }
  return relative;
}
async function usableHooksDir(root) {
  const { dir, configured } = await askGit(() => hooksDir(root));
  const where = configured === void 0 ? shownPath(dir) : `${shownPath(dir)} (core.hooksPath = ${visible(configured)})`;
  const fixSetting = "fix core.hooksPath (git config core.hooksPath <folder>) or unset it (git config --unset core.hooksPath)";
  const kind = await hooksFolderKind(dir).catch((error) => {
    if (!(error instanceof UnreadableFileError)) throw error;
    throw new UsageError(`cannot use the hooks folder ${where}: ${error.reason}${configured === void 0 ? "" : `; ${fixSetting}`}`);
  });
  if (kind === "folder") return dir;
  if (kind === "not a folder")
    throw new UsageError(`the hooks folder ${where} is not a folder; ${configured === void 0 ? "move that file away" : fixSetting}`);
  if (configured !== void 0)
    throw new UsageError(
      `the hooks folder ${where} does not exist; create it (mkdir -p ${visible(dir)}), or ${fixSetting}; then run this again`
    );
  await makeHooksFolder(dir).catch((error) => {
    throw new UsageError(`cannot make the hooks folder ${where}: ${fsReason(error)}`);
  });
  return dir;
}
async function runHookInstall(options, io = defaultIo) {
  const root = await askGit(() => repoRoot(process.cwd()));
  const specFromRoot = await specFromRootOf(root, options.spec);
  if (options.flake !== void 0) {
    const bad = unprintableIn(options.flake);
    if (bad !== void 0) throw new UsageError(`--flake ${visible(options.flake)} contains ${bad}; give a flake reference such as .`);
  }
  const podnetBin = fileURLToPath(new URL("../../bin/podnet.js", import.meta.url));
  let script;
  try {
    script = hookScript(podnetBin, specFromRoot, options.flake);
  } catch (error) {
    if (!(error instanceof UnsafeValueError)) throw error;
    throw new UsageError(
      `the hook cannot name node (${visible(process.execPath)}) or podnet (${visible(podnetBin)}) in a shell script: ${error.message}; install them under a plain path`
    );
  }
  const hookFile = path2.join(await usableHooksDir(root), "pre-commit");
  const existing = await existingHook(hookFile).catch((error) => {
    if (!(error instanceof UnreadableFileError)) throw error;
    throw new UsageError(`cannot look at ${shownPath(hookFile)}: ${error.reason}`);
  });
  if (existing === "a folder" || existing === "not a regular file")
    throw new UsageError(`${shownPath(hookFile)} is ${existing}, not a hook script; move it away, then run this again`);
  if (existing === "foreign" && !options.force) {
    throw new UsageError(
      `${shownPath(hookFile)} already exists and is not podnet's; add \`podnet hook run --spec ${specFromRoot}\` to it yourself, or pass --force to replace it`
    );
  }
  await writeHook(hookFile, script).catch((error) => {
    throw new UsageError(`cannot write ${shownPath(hookFile)}: ${fsReason(error)}`);
  });
  io.err(
    import_picocolors.default.green(
      `installed ${shownPath(hookFile)}: checks ${specFromRoot} on every commit${options.flake === void 0 ? "" : `, dry-builds affected hosts of flake ${visible(options.flake)}`}`
    )
  );
  return exitCodes.ok;
}
function hostSections(document) {
  const sections = /* @__PURE__ */ new Map();
  try {
    const hosts = document?.hosts ?? {};
    for (const [host, section] of Object.entries(hosts)) sections.set(host, JSON.stringify(section));
  } catch {
  }
  return sections;
}
async function runHookRun(options, io = defaultIo) {
  const root = await askGit(() => repoRoot(process.cwd()));
  const specFromRoot = path2.relative(root, path2.resolve(root, options.spec)).split(path2.sep).join("/");
  const staged = await askGit(() => stagedPaths(root));
  if (!staged.some((file) => file === specFromRoot || file.endsWith(".nix"))) return exitCodes.ok;
  const [{ compile }, { diffOf, inIndex, planOutputs }, { parseSpecText }, { formatDiagnostic, hasErrors }, { runDryBuild }] = await Promise.all([
    import("./pipeline-SFTG4JBX.js"),
    import("./outputs-MOGVVYGW.js"),
    import("./source-D73557IO.js"),
    import("./diagnostics-VDC7LDYH.js"),
    import("./dry-build-EMMHZUGN.js")
  ]);
  const stagedSpec = await showFile(root, `:${specFromRoot}`);
  if (stagedSpec === void 0) throw new UsageError(`${specFromRoot} is not in the index; \`git add\` it (or fix --spec in the hook)`);
  const compilation = compile(path2.join(root, specFromRoot), stagedSpec);
  if (hasErrors(compilation.diagnostics)) {
    for (const diagnostic of compilation.diagnostics)
      io.err(`${formatDiagnostic({ ...diagnostic, location: { ...diagnostic.location, file: specFromRoot } })}
`);
    io.err(import_picocolors.default.red(`podnet: ${specFromRoot} has errors; commit blocked`));
    return exitCodes.findings;
  }
  const inRepository = (file) => path2.relative(root, file).split(path2.sep).join("/");
  const { planned } = await planOutputs(
    compilation.hosts,
    inIndex(root, ({ plan }) => inRepository(plan.outputFile))
  );
  const stale = planned.filter((entry) => entry.outcome !== "unchanged").map((entry) => entry.file);
  for (const entry of planned) if (entry.outcome !== "unchanged") io.out(diffOf(entry, entry.file, "staged", "generated from staged spec"));
  if (stale.length > 0) {
    io.err(
      import_picocolors.default.red(
        `podnet: ${stale.join(", ")} ${stale.length === 1 ? "is" : "are"} stale or missing; run \`podnet generate ${specFromRoot}\`, \`git add\` the result and commit again`
      )
    );
    return exitCodes.findings;
  }
  const committedSpec = await showFile(root, `HEAD:${specFromRoot}`);
  const committed = committedSpec === void 0 ? void 0 : parseSpecText(specFromRoot, committedSpec);
  const before = hostSections(committed?.ok ? committed.value : void 0);
  const after = hostSections(compilation.document);
  const affected = compilation.hosts.filter(
    ({ plan }) => staged.includes(inRepository(plan.outputFile)) || staged.includes(specFromRoot) && before.get(plan.host) !== after.get(plan.host)
  ).map(({ plan }) => plan.host);
  if (affected.length === 0) return exitCodes.ok;
  const targets = options.flake === void 0 ? [void 0] : affected;
  for (const host of targets) {
    const code = await runDryBuild(
      {
        ...host === void 0 ? {} : { host },
        ...options.flake === void 0 ? {} : { flake: options.flake },
        ...options.nixosRebuild === void 0 ? {} : { nixosRebuild: options.nixosRebuild }
      },
      io
    );
    if (code !== 0) {
      io.err(import_picocolors.default.red(`podnet: dry-build of ${host ?? "this machine"} failed; commit blocked`));
      return exitCodes.findings;
    }
  }
  return exitCodes.ok;
}
export {
  runHookInstall,
  runHookRun
};
