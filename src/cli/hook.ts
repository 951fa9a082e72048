/**
 * The pre-commit hook: `hook install` writes it, `hook run` is what it runs.
 *
 * `hook run` checks what is *staged*, not the working tree: the spec and the generated modules as
 * they will be committed. A stale or missing module blocks the commit with the diff; then only
 * the hosts whose module the commit changes are dry-built. When neither the spec nor any .nix
 * file is staged it returns before loading the compiler.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import pc from "picocolors";
import { UnsafeValueError } from "../compile/escape.js";
import { GitError, hooksDir, repoRoot, showFile, stagedPaths } from "../emit/git.js";
import { existingHook, hookScript, hooksFolderKind, makeHooksFolder, pathInRepository, writeHook } from "../emit/hook-file.js";
import { fileKind, UnreadableFileError } from "../emit/read.js";
import { defaultIo, exitCodes, fsReason, type Io, shownPath, UsageError, unprintableIn, visible } from "./context.js";

export interface HookOptions {
  spec: string;
  flake?: string;
  force?: boolean;
  nixosRebuild?: string;
}

/** git's failures are environment problems: one line, exit 2. */
async function askGit<T>(question: () => Promise<T>): Promise<T> {
  try {
    return await question();
  } catch (error) {
    if (error instanceof GitError) throw new UsageError(error.message);
    throw error;
  }
}

/**
 * The spec's path from the repository root, as the hook will name it. Both sides are compared
 * after resolving symlinks: git reports the root's real path, and a spec reached through a
 * symlinked folder is still the same file in the repository.
 */
async function specFromRootOf(root: string, spec: string): Promise<string> {
  const bad = unprintableIn(spec);
  // The hook is a shell script with the path in it: a line break cannot be written there safely.
  if (bad !== undefined)
    throw new UsageError(`--spec ${visible(spec)} contains ${bad}; the hook cannot name such a path, so rename the spec`);
  const absolute = path.resolve(spec);
  let kind: string;
  try {
    kind = fileKind(absolute);
  } catch (error) {
    throw new UsageError(
      `cannot read --spec ${shownPath(absolute)}: ${error instanceof UnreadableFileError ? error.reason : fsReason(error)}`,
    );
  }
  if (kind === "missing")
    throw new UsageError(`--spec ${shownPath(absolute)}: no such file; write the spec first (podnet init), then install the hook`);
  if (kind !== "file") throw new UsageError(`--spec ${shownPath(absolute)} is ${kind}, not a spec file`);
  const relative = await pathInRepository(root, absolute).catch((error: unknown) => {
    throw new UsageError(
      `cannot resolve --spec ${shownPath(absolute)}: ${error instanceof UnreadableFileError ? error.reason : fsReason(error)}`,
    );
  });
  if (relative === undefined) {
    throw new UsageError(
      `--spec ${shownPath(absolute)} is outside the repository ${shownPath(root)}; the hook checks a spec committed in this repository`,
    );
  }
  return relative;
}

/**
 * The hooks folder, made when it is git's own default (.git/hooks, which `git init` makes and a
 * template-less init may leave out). A core.hooksPath folder that does not exist is refused, the
 * way git itself treats it: podnet does not guess whether the setting or the folder is wrong.
 */
async function usableHooksDir(root: string): Promise<string> {
  const { dir, configured } = await askGit(() => hooksDir(root));
  const where = configured === undefined ? shownPath(dir) : `${shownPath(dir)} (core.hooksPath = ${visible(configured)})`;
  const fixSetting = "fix core.hooksPath (git config core.hooksPath <folder>) or unset it (git config --unset core.hooksPath)";
  const kind = await hooksFolderKind(dir).catch((error: unknown) => {
    if (!(error instanceof UnreadableFileError)) throw error;
    throw new UsageError(`cannot use the hooks folder ${where}: ${error.reason}${configured === undefined ? "" : `; ${fixSetting}`}`);
  });
  if (kind === "folder") return dir;
  if (kind === "not a folder")
    throw new UsageError(`the hooks folder ${where} is not a folder; ${configured === undefined ? "move that file away" : fixSetting}`);
  if (configured !== undefined)
    throw new UsageError(
      `the hooks folder ${where} does not exist; create it (mkdir -p ${visible(dir)}), or ${fixSetting}; then run this again`,
    );
  await makeHooksFolder(dir).catch((error: unknown) => {
    throw new UsageError(`cannot make the hooks folder ${where}: ${fsReason(error)}`);
  });
  return dir;
}

export async function runHookInstall(options: HookOptions, io: Io = defaultIo): Promise<number> {
  const root = await askGit(() => repoRoot(process.cwd()));
  const specFromRoot = await specFromRootOf(root, options.spec);
  if (options.flake !== undefined) {
    const bad = unprintableIn(options.flake);
    if (bad !== undefined) throw new UsageError(`--flake ${visible(options.flake)} contains ${bad}; give a flake reference such as .`);
  }
  const podnetBin = fileURLToPath(new URL("../../bin/podnet.js", import.meta.url));
  let script: string;
  try {
    script = hookScript(podnetBin, specFromRoot, options.flake);
  } catch (error) {
    if (!(error instanceof UnsafeValueError)) throw error;
    throw new UsageError(
      `the hook cannot name node (${visible(process.execPath)}) or podnet (${visible(podnetBin)}) in a shell script: ${error.message}; install them under a plain path`,
    );
  }
  const hookFile = path.join(await usableHooksDir(root), "pre-commit");
  const existing = await existingHook(hookFile).catch((error: unknown) => {
    if (!(error instanceof UnreadableFileError)) throw error;
    throw new UsageError(`cannot look at ${shownPath(hookFile)}: ${error.reason}`);
  });
  if (existing === "a folder" || existing === "not a regular file")
    throw new UsageError(`${shownPath(hookFile)} is ${existing}, not a hook script; move it away, then run this again`);
  if (existing === "foreign" && !options.force) {
    throw new UsageError(
      `${shownPath(hookFile)} already exists and is not podnet's; add \`podnet hook run --spec ${specFromRoot}\` to it yourself, or pass --force to replace it`,
    );
  }
  await writeHook(hookFile, script).catch((error: unknown) => {
    throw new UsageError(`cannot write ${shownPath(hookFile)}: ${fsReason(error)}`);
  });
  io.err(
    pc.green(
      `installed ${shownPath(hookFile)}: checks ${specFromRoot} on every commit${options.flake === undefined ? "" : `, dry-builds affected hosts of flake ${visible(options.flake)}`}`,
    ),
  );
  return exitCodes.ok;
}

export async function runHookRun(options: HookOptions, io: Io = defaultIo): Promise<number> {
  const root = await askGit(() => repoRoot(process.cwd()));
  const specFromRoot = path.relative(root, path.resolve(root, options.spec)).split(path.sep).join("/");
  const staged = await askGit(() => stagedPaths(root));
  if (!staged.some((file) => file === specFromRoot || file.endsWith(".nix"))) return exitCodes.ok;

  // Something relevant is staged: now load the compiler.
  const [{ compile }, { diffOf, inIndex, planOutputs }, { formatDiagnostic, hasErrors }, { runDryBuild }] = await Promise.all([
    import("../compile/pipeline.js"),
    import("../emit/outputs.js"),
    import("../compile/diagnostics.js"),
    import("./dry-build.js"),
  ]);
  const stagedSpec = await showFile(root, `:${specFromRoot}`);
  if (stagedSpec === undefined) throw new UsageError(`${specFromRoot} is not in the index; \`git add\` it (or fix --spec in the hook)`);
  const compilation = compile(path.join(root, specFromRoot), stagedSpec);
  if (hasErrors(compilation.diagnostics)) {
    for (const diagnostic of compilation.diagnostics)
      io.err(`${formatDiagnostic({ ...diagnostic, location: { ...diagnostic.location, file: specFromRoot } })}\n`);
    io.err(pc.red(`podnet: ${specFromRoot} has errors; commit blocked`));
    return exitCodes.findings;
  }

  // The same comparison as `generate --check`, against the modules as they are staged.
  const inRepository = (file: string) => path.relative(root, file).split(path.sep).join("/");
  const { planned } = await planOutputs(
    compilation.hosts,
    inIndex(root, ({ plan }) => inRepository(plan.outputFile)),
  );
  const stale = planned.filter((entry) => entry.outcome !== "unchanged").map((entry) => entry.file);
  for (const entry of planned) if (entry.outcome !== "unchanged") io.out(diffOf(entry, entry.file, "staged", "generated from staged spec"));
  if (stale.length > 0) {
    io.err(
      pc.red(
        `podnet: ${stale.join(", ")} ${stale.length === 1 ? "is" : "are"} stale or missing; run \`podnet generate ${specFromRoot}\`, \`git add\` the result and commit again`,
      ),
    );
    return exitCodes.findings;
  }

  // A host's module is all podnet gives its configuration, and every module the staged spec changes
  // is staged by now (else the commit was blocked above): the hosts whose module is staged are the
  // ones this commit can change. A spec edit that leaves a module as it was (a comment, `FDAA::`
  // written as `fdaa::`) builds the same system, so it costs no dry-build.
  const affected = compilation.hosts.filter(({ plan }) => staged.includes(inRepository(plan.outputFile))).map(({ plan }) => plan.host);
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
