/**
 * The pre-commit hook: `hook install` writes it, `hook run` is what it runs.
 *
 * `hook run` checks what is *staged*, not the working tree: the spec and the generated modules as
 * they will be committed. A stale or missing module blocks the commit with the diff; then only
 * the hosts whose spec section or module is staged are dry-built. When neither the spec nor any
 * .nix file is staged it returns before loading the compiler.
 */
import { chmod, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pc from "picocolors";
import { shellWord } from "../render/escape.js";
import { hooksDir, repoRoot, showFile, stagedPaths } from "../workflow/git.js";
import { defaultIo, exitCodes, UsageError, type Io } from "./io.js";

export const hookMarker = "# podnet pre-commit hook";

export interface HookOptions {
  spec: string;
  flake?: string;
  force?: boolean;
  nixosRebuild?: string;
}

export function hookScript(podnetBin: string, specFromRoot: string, flake: string | undefined): string {
  const args = ["hook", "run", "--spec", specFromRoot, ...(flake === undefined ? [] : ["--flake", flake])];
  return [
    "#!/bin/sh",
    `${hookMarker} (written by \`podnet hook install\`; run it again to change this file).`,
    "# Blocks a commit whose generated modules are stale, then dry-builds the hosts it touches.",
    'cd "$(git rev-parse --show-toplevel)" || exit 2',
    `exec ${[process.execPath, podnetBin, ...args].map(shellWord).join(" ")}`,
    "",
  ].join("\n");
}

export async function runHookInstall(options: HookOptions, io: Io = defaultIo): Promise<number> {
  const root = await repoRoot(process.cwd()).catch((error: Error) => {
    throw new UsageError(error.message);
  });
  const specFromRoot = path.relative(root, path.resolve(options.spec)).split(path.sep).join("/");
  const hookFile = path.join(await hooksDir(root), "pre-commit");
  const existing = await readFile(hookFile, "utf8").catch(() => undefined);
  if (existing !== undefined && !existing.includes(hookMarker) && !options.force) {
    throw new UsageError(`${hookFile} already exists and is not podnet's; add \`podnet hook run --spec ${specFromRoot}\` to it yourself, or pass --force to replace it`);
  }
  const podnetBin = fileURLToPath(new URL("../../bin/podnet.js", import.meta.url));
  await writeFile(hookFile, hookScript(podnetBin, specFromRoot, options.flake));
  await chmod(hookFile, 0o755);
  io.err(pc.green(`installed ${path.relative(process.cwd(), hookFile) || hookFile}: checks ${specFromRoot} on every commit${options.flake === undefined ? "" : `, dry-builds affected hosts of flake ${options.flake}`}`));
  return exitCodes.ok;
}

/** Canonical JSON of each host's section, to see which sections a commit changes. */
function hostSections(text: string | undefined, parse: (text: string) => unknown): Map<string, string> {
  const sections = new Map<string, string>();
  if (text === undefined) return sections;
  try {
    const hosts = (parse(text) as { hosts?: Record<string, unknown> } | null)?.hosts ?? {};
    for (const [host, section] of Object.entries(hosts)) sections.set(host, JSON.stringify(section));
  } catch {
    // An unparsable old spec counts as "everything changed".
  }
  return sections;
}

export async function runHookRun(options: HookOptions, io: Io = defaultIo): Promise<number> {
  const root = await repoRoot(process.cwd()).catch((error: Error) => {
    throw new UsageError(error.message);
  });
  const specFromRoot = path.relative(root, path.resolve(root, options.spec)).split(path.sep).join("/");
  const staged = await stagedPaths(root);
  if (!staged.some((file) => file === specFromRoot || file.endsWith(".nix"))) return exitCodes.ok;

  // Something relevant is staged: now load the compiler.
  const [{ compile }, { createTwoFilesPatch }, { parse }, { formatDiagnostic, hasErrors }, { runDryBuild }] = await Promise.all([
    import("../pipeline.js"),
    import("diff"),
    import("yaml"),
    import("../diagnostics.js"),
    import("./dry-build.js"),
  ]);
  const stagedSpec = await showFile(root, `:${specFromRoot}`);
  if (stagedSpec === undefined) throw new UsageError(`${specFromRoot} is not in the index; \`git add\` it (or fix --spec in the hook)`);
  const compilation = compile(path.join(root, specFromRoot), stagedSpec);
  if (hasErrors(compilation.diagnostics)) {
    for (const diagnostic of compilation.diagnostics) io.err(`${formatDiagnostic({ ...diagnostic, location: { ...diagnostic.location, file: specFromRoot } })}\n`);
    io.err(pc.red(`podnet: ${specFromRoot} has errors; commit blocked`));
    return exitCodes.findings;
  }

  const stale: string[] = [];
  for (const { plan, content } of compilation.hosts) {
    const output = path.relative(root, plan.outputFile).split(path.sep).join("/");
    const committed = await showFile(root, `:${output}`);
    if (committed !== content) {
      stale.push(output);
      io.out(createTwoFilesPatch(`a/${output}`, `b/${output}`, committed ?? "", content, "staged", "generated from staged spec"));
    }
  }
  if (stale.length > 0) {
    io.err(pc.red(`podnet: ${stale.join(", ")} ${stale.length === 1 ? "is" : "are"} stale or missing; run \`podnet generate ${specFromRoot}\`, \`git add\` the result and commit again`));
    return exitCodes.findings;
  }

  const before = hostSections(await showFile(root, `HEAD:${specFromRoot}`), parse);
  const after = hostSections(stagedSpec, parse);
  const affected = compilation.hosts
    .filter(({ plan }) => {
      const output = path.relative(root, plan.outputFile).split(path.sep).join("/");
      return staged.includes(output) || (staged.includes(specFromRoot) && before.get(plan.host) !== after.get(plan.host));
    })
    .map(({ plan }) => plan.host);
  if (affected.length === 0) return exitCodes.ok;

  const targets = options.flake === undefined ? [undefined] : affected;
  for (const host of targets) {
    const code = await runDryBuild(
      {
        ...(host === undefined ? {} : { host }),
        ...(options.flake === undefined ? {} : { flake: options.flake }),
        ...(options.nixosRebuild === undefined ? {} : { nixosRebuild: options.nixosRebuild }),
      },
      io,
    );
    if (code !== 0) {
      io.err(pc.red(`podnet: dry-build of ${host ?? "this machine"} failed; commit blocked`));
      return exitCodes.findings;
    }
  }
  return exitCodes.ok;
}
