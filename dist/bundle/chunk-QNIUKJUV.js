import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  execa
} from "./chunk-XCP5MDYN.js";

// src/workflow/git.ts
async function repoRoot(cwd) {
  const result = await execa("git", ["rev-parse", "--show-toplevel"], { cwd, reject: false });
  if (result.exitCode !== 0) throw new Error(`${cwd} is not inside a git repository`);
  return result.stdout.trim();
}
async function hooksDir(root) {
  const result = await execa("git", ["rev-parse", "--path-format=absolute", "--git-path", "hooks"], { cwd: root });
  return result.stdout.trim();
}
async function stagedPaths(root) {
  const result = await execa("git", ["diff", "--cached", "--name-only", "-z", "--diff-filter=ACMRD"], { cwd: root });
  return result.stdout.split("\0").filter(Boolean);
}
async function showFile(root, revisionPath) {
  const result = await execa("git", ["show", revisionPath], { cwd: root, reject: false, stripFinalNewline: false });
  return result.exitCode === 0 ? result.stdout : void 0;
}

export {
  repoRoot,
  hooksDir,
  stagedPaths,
  showFile
};
