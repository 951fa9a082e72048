/**
 * The few git questions the hook asks, through execa (no shell, paths as arguments).
 */
import { execa } from "execa";

export async function repoRoot(cwd: string): Promise<string> {
  const result = await execa("git", ["rev-parse", "--show-toplevel"], { cwd, reject: false });
  if (result.exitCode !== 0) throw new Error(`${cwd} is not inside a git repository`);
  return result.stdout.trim();
}

/** Where hooks live, honouring core.hooksPath. */
export async function hooksDir(root: string): Promise<string> {
  const result = await execa("git", ["rev-parse", "--path-format=absolute", "--git-path", "hooks"], { cwd: root });
  return result.stdout.trim();
}

/** Repo-relative paths of staged additions, changes, renames and deletions. */
export async function stagedPaths(root: string): Promise<string[]> {
  const result = await execa("git", ["diff", "--cached", "--name-only", "-z", "--diff-filter=ACMRD"], { cwd: root });
  return result.stdout.split("\u0000").filter(Boolean);
}

/** A file's content in the index (`:path`) or a commit (`HEAD:path`); undefined when absent. */
export async function showFile(root: string, revisionPath: string): Promise<string | undefined> {
  const result = await execa("git", ["show", revisionPath], { cwd: root, reject: false, stripFinalNewline: false });
  return result.exitCode === 0 ? result.stdout : undefined;
}
