import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);

// src/emit/git.ts
var GitError = class extends Error {
  name = "GitError";
};
async function git(args, cwd, bytes) {
  const { execa } = await import("./execa-OX7LSL4L.js");
  return bytes === void 0 ? started(await execa("git", [...args], { cwd, reject: false }), cwd) : started(await execa("git", [...args], { cwd, reject: false, stripFinalNewline: false, encoding: "buffer" }), cwd);
}
function started(result, cwd) {
  if (result.exitCode === void 0)
    throw new GitError(
      `cannot run git in ${cwd}: ${result.code === "ENOENT" ? "git is not installed or not on PATH, or the folder is gone" : result.shortMessage}`
    );
  return result;
}
var gitSays = (stderr) => stderr.split("\n")[0].replace(/^(fatal|error): /u, "");
async function repoRoot(cwd) {
  const result = await git(["rev-parse", "--show-toplevel"], cwd);
  if (result.exitCode !== 0) throw new GitError(`${cwd} is not inside a git repository's working tree`);
  return result.stdout.trim();
}
async function hooksDir(root) {
  const setting = await git(["config", "--get", "core.hooksPath"], root);
  const configured = setting.exitCode === 0 && setting.stdout.trim() !== "" ? setting.stdout.trim() : void 0;
  const result = await git(["rev-parse", "--path-format=absolute", "--git-path", "hooks"], root);
  if (result.exitCode !== 0) {
    throw new GitError(
      configured === void 0 ? `git cannot say where hooks go: ${gitSays(result.stderr)}` : `git cannot resolve core.hooksPath ${configured}: ${gitSays(result.stderr)}; fix core.hooksPath (git config core.hooksPath <folder>) or unset it (git config --unset core.hooksPath)`
    );
  }
  return { dir: result.stdout.trim(), ...configured === void 0 ? {} : { configured } };
}
async function stagedPaths(root) {
  const result = await git(["diff", "--cached", "--name-only", "-z", "--diff-filter=ACMRD"], root);
  if (result.exitCode !== 0) throw new GitError(`git cannot list the staged files: ${gitSays(result.stderr)}`);
  return result.stdout.split("\0").filter(Boolean);
}
async function showFileBytes(root, revisionPath) {
  const result = await git(["show", revisionPath], root, "bytes");
  return result.exitCode === 0 ? Buffer.from(result.stdout) : void 0;
}
async function showFile(root, revisionPath) {
  return (await showFileBytes(root, revisionPath))?.toString("utf8");
}

export {
  GitError,
  repoRoot,
  hooksDir,
  stagedPaths,
  showFileBytes,
  showFile
};
