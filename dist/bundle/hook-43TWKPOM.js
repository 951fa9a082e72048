import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  hooksDir,
  repoRoot,
  showFile,
  stagedPaths
} from "./chunk-QNIUKJUV.js";
import "./chunk-XCP5MDYN.js";
import {
  UsageError,
  defaultIo,
  exitCodes
} from "./chunk-2UBQZ5RC.js";
import {
  shellWord
} from "./chunk-XIH46RQF.js";
import {
  require_picocolors
} from "./chunk-PLONKWYQ.js";
import {
  __toESM
} from "./chunk-JLHVTWXJ.js";

// src/commands/hook.ts
var import_picocolors = __toESM(require_picocolors(), 1);
import { chmod, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
var hookMarker = "# podnet pre-commit hook";
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
async function runHookInstall(options, io = defaultIo) {
  const root = await repoRoot(process.cwd()).catch((error) => {
    throw new UsageError(error.message);
  });
  const specFromRoot = path.relative(root, path.resolve(options.spec)).split(path.sep).join("/");
  const hookFile = path.join(await hooksDir(root), "pre-commit");
  const existing = await readFile(hookFile, "utf8").catch(() => void 0);
  if (existing !== void 0 && !existing.includes(hookMarker) && !options.force) {
    throw new UsageError(`${hookFile} already exists and is not podnet's; add \`podnet hook run --spec ${specFromRoot}\` to it yourself, or pass --force to replace it`);
  }
  const podnetBin = fileURLToPath(new URL("../../bin/podnet.js", import.meta.url));
  await writeFile(hookFile, hookScript(podnetBin, specFromRoot, options.flake));
  await chmod(hookFile, 493);
  io.err(import_picocolors.default.green(`installed ${path.relative(process.cwd(), hookFile) || hookFile}: checks ${specFromRoot} on every commit${options.flake === void 0 ? "" : `, dry-builds affected hosts of flake ${options.flake}`}`));
  return exitCodes.ok;
}
function hostSections(text, parse) {
  const sections = /* @__PURE__ */ new Map();
  if (text === void 0) return sections;
  try {
    const hosts = parse(text)?.hosts ?? {};
    for (const [host, section] of Object.entries(hosts)) sections.set(host, JSON.stringify(section));
  } catch {
  }
  return sections;
}
async function runHookRun(options, io = defaultIo) {
  const root = await repoRoot(process.cwd()).catch((error) => {
    throw new UsageError(error.message);
  });
  const specFromRoot = path.relative(root, path.resolve(root, options.spec)).split(path.sep).join("/");
  const staged = await stagedPaths(root);
  if (!staged.some((file) => file === specFromRoot || file.endsWith(".nix"))) return exitCodes.ok;
  const [{ compile }, { createTwoFilesPatch }, { parse }, { formatDiagnostic, hasErrors }, { runDryBuild }] = await Promise.all([
    import("./pipeline-Y5YGD4D2.js"),
    import("./libesm-2XLSEK2X.js"),
    import("./dist-OLMXLPSO.js"),
    import("./diagnostics-YIEWAK3B.js"),
    import("./dry-build-AGTAQ5KE.js")
  ]);
  const stagedSpec = await showFile(root, `:${specFromRoot}`);
  if (stagedSpec === void 0) throw new UsageError(`${specFromRoot} is not in the index; \`git add\` it (or fix --spec in the hook)`);
  const compilation = compile(path.join(root, specFromRoot), stagedSpec);
  if (hasErrors(compilation.diagnostics)) {
    for (const diagnostic of compilation.diagnostics) io.err(`${formatDiagnostic({ ...diagnostic, location: { ...diagnostic.location, file: specFromRoot } })}
`);
    io.err(import_picocolors.default.red(`podnet: ${specFromRoot} has errors; commit blocked`));
    return exitCodes.findings;
  }
  const stale = [];
  for (const { plan, content } of compilation.hosts) {
    const output = path.relative(root, plan.outputFile).split(path.sep).join("/");
    const committed = await showFile(root, `:${output}`);
    if (committed !== content) {
      stale.push(output);
      io.out(createTwoFilesPatch(`a/${output}`, `b/${output}`, committed ?? "", content, "staged", "generated from staged spec"));
    }
  }
  if (stale.length > 0) {
    io.err(import_picocolors.default.red(`podnet: ${stale.join(", ")} ${stale.length === 1 ? "is" : "are"} stale or missing; run \`podnet generate ${specFromRoot}\`, \`git add\` the result and commit again`));
    return exitCodes.findings;
  }
  const before = hostSections(await showFile(root, `HEAD:${specFromRoot}`), parse);
  const after = hostSections(stagedSpec, parse);
  const affected = compilation.hosts.filter(({ plan }) => {
    const output = path.relative(root, plan.outputFile).split(path.sep).join("/");
    return staged.includes(output) || staged.includes(specFromRoot) && before.get(plan.host) !== after.get(plan.host);
  }).map(({ plan }) => plan.host);
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
  hookMarker,
  hookScript,
  runHookInstall,
  runHookRun
};
