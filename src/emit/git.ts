/**
 * The few git questions the hook asks, through execa (no shell, paths as arguments).
 *
 * Every failure (git missing, not a repository, a git too old for an option) is a GitError with
 * git's own words, for the commands to report as a usage error.
 */

export class GitError extends Error {
  override readonly name = "GitError";
}

interface GitResult<Output> {
  readonly exitCode?: number | undefined;
  readonly stdout: Output;
  readonly stderr: Output;
}
/** git's output as text, or with `bytes` as it is; every failure to start git is a GitError. */
async function git(args: ReadonlyArray<string>, cwd: string): Promise<GitResult<string>>;
async function git(args: ReadonlyArray<string>, cwd: string, bytes: "bytes"): Promise<GitResult<Uint8Array>>;
async function git(args: ReadonlyArray<string>, cwd: string, bytes?: "bytes"): Promise<GitResult<string> | GitResult<Uint8Array>> {
  // Loaded on first use: `generate` and `generate --check` on files never start git.
  const { execa } = await import("execa");
  return bytes === undefined
    ? started(await execa("git", [...args], { cwd, reject: false }), cwd)
    : started(await execa("git", [...args], { cwd, reject: false, stripFinalNewline: false, encoding: "buffer" }), cwd);
}

function started<T extends { exitCode?: number | undefined; code?: string | undefined; shortMessage?: string | undefined }>(
  result: T,
  cwd: string,
): T {
  // No exit code: git could not be started at all (not installed, or cwd is gone).
  if (result.exitCode === undefined)
    throw new GitError(
      `cannot run git in ${cwd}: ${result.code === "ENOENT" ? "git is not installed or not on PATH, or the folder is gone" : result.shortMessage}`,
    );
  return result;
}

/** The first line git wrote on stderr, without its `fatal: ` prefix. */
const gitSays = (stderr: string) => stderr.split("\n")[0]!.replace(/^(fatal|error): /u, "");

export async function repoRoot(cwd: string): Promise<string> {
  const result = await git(["rev-parse", "--show-toplevel"], cwd);
  if (result.exitCode !== 0) throw new GitError(`${cwd} is not inside a git repository's working tree`);
  return result.stdout.trim();
}

/** Where hooks live, honouring core.hooksPath; `configured` is core.hooksPath as set, if it is. */
export async function hooksDir(root: string): Promise<{ dir: string; configured?: string }> {
  const setting = await git(["config", "--get", "core.hooksPath"], root);
  const configured = setting.exitCode === 0 && setting.stdout.trim() !== "" ? setting.stdout.trim() : undefined;
  const result = await git(["rev-parse", "--path-format=absolute", "--git-path", "hooks"], root);
  if (result.exitCode !== 0) {
    throw new GitError(
      configured === undefined
        ? `git cannot say where hooks go: ${gitSays(result.stderr)}`
        : `git cannot resolve core.hooksPath ${configured}: ${gitSays(result.stderr)}; fix core.hooksPath (git config core.hooksPath <folder>) or unset it (git config --unset core.hooksPath)`,
    );
  }
  return { dir: result.stdout.trim(), ...(configured === undefined ? {} : { configured }) };
}

/** Repo-relative paths of staged additions, changes, renames and deletions. */
export async function stagedPaths(root: string): Promise<string[]> {
  const result = await git(["diff", "--cached", "--name-only", "-z", "--diff-filter=ACMRD"], root);
  if (result.exitCode !== 0) throw new GitError(`git cannot list the staged files: ${gitSays(result.stderr)}`);
  return result.stdout.split("\u0000").filter(Boolean);
}

/** A file's bytes in the index (`:path`) or a commit (`HEAD:path`), as they are; undefined when absent. */
export async function showFileBytes(root: string, revisionPath: string): Promise<Buffer | undefined> {
  const result = await git(["show", revisionPath], root, "bytes");
  return result.exitCode === 0 ? Buffer.from(result.stdout) : undefined;
}

/** As showFileBytes, decoded as UTF-8 (a spec), the way a spec on disk is read. */
export async function showFile(root: string, revisionPath: string): Promise<string | undefined> {
  return (await showFileBytes(root, revisionPath))?.toString("utf8");
}
