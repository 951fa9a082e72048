/**
 * The hook through the real pre-commit framework, installed the way a user installs it: from a
 * clone of this repository (`repo:` + `rev:`). Debian 12 has pre-commit 3.0, the trixie root 4.2;
 * each stack runs this file with its own, with a config in that version's style.
 *
 * Every pre-commit run happens in a fresh network namespace with no interface up, with an empty
 * npm cache and HOME: the install provably needs no registry and nothing from this machine's caches.
 */
import { cpSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { execa } from "execa";
import { expect, it } from "vitest";
import { root } from "../support/files.js";
import { createRepo, type Repo } from "../support/gitrepo.js";
import { describeWith } from "../support/tools.js";

/** A git repository holding this working tree as one commit: what `repo:`/`rev:` point at. */
async function hookRepository(): Promise<{ dir: string; rev: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), "podnet-hookrepo-"));
  const listed = await execa("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root });
  // Tracked and untracked files as they are in the working tree (a rebuilt bundle renames chunks).
  for (const file of new Set(listed.stdout.split("\0").filter((file) => file && existsSync(path.join(root, file))))) {
    cpSync(path.join(root, file), path.join(dir, file), { recursive: true, verbatimSymlinks: true, errorOnExist: false });
  }
  const git = (args: string[]) =>
    execa("git", args, {
      cwd: dir,
      env: {
        GIT_AUTHOR_NAME: "t",
        GIT_AUTHOR_EMAIL: "t@example.invalid",
        GIT_COMMITTER_NAME: "t",
        GIT_COMMITTER_EMAIL: "t@example.invalid",
      },
    });
  await git(["init", "-q", "-b", "main"]);
  await git(["add", "-A"]);
  await git(["commit", "-q", "-m", "podnet under test"]);
  return { dir, rev: (await git(["rev-parse", "HEAD"])).stdout.trim() };
}

async function preCommitVersion(): Promise<[number, number]> {
  const { stdout } = await execa("pre-commit", ["--version"]);
  const [major, minor] = /(\d+)\.(\d+)/u.exec(stdout)!.slice(1).map(Number);
  return [major!, minor!];
}

/** The user's .pre-commit-config.yaml, in the style of the installed pre-commit's generation. */
function config(hook: { dir: string; rev: string }, [major]: [number, number]): string {
  const modern =
    major >= 4 ? "minimum_pre_commit_version: '4.0.0'\ndefault_install_hook_types: [pre-commit]\ndefault_stages: [pre-commit]\n" : "";
  return `${modern}repos:
  - repo: ${hook.dir}
    rev: ${hook.rev}
    hooks:
      - id: podnet
        args: [--spec, podnet.yaml]
`;
}

describeWith({ commands: ["pre-commit", "npm", "unshare", "git"], root: true }, "the pre-commit framework hook", () => {
  it("installs from a clone, lets a fresh module through and blocks a stale one with the diff", { timeout: 240_000 }, async () => {
    const version = await preCommitVersion();
    const hook = await hookRepository();
    const repo: Repo = await createRepo();
    const home = mkdtempSync(path.join(tmpdir(), "podnet-precommit-home-"));
    const env = { ...repo.env, PRE_COMMIT_HOME: home, npm_config_cache: path.join(home, "npm-cache"), HOME: home };
    // No network at all: a fresh namespace whose only interface (lo) is down.
    const offline = (command: string, args: string[]) =>
      execa("unshare", ["--net", command, ...args], { cwd: repo.dir, env, reject: false }).then((r) => ({
        exitCode: r.exitCode ?? 1,
        output: `${String(r.stdout)}\n${String(r.stderr)}`,
      }));

    expect((await repo.podnet(["generate", "podnet.yaml"])).exitCode).toBe(0);
    repo.write(".pre-commit-config.yaml", config(hook, version));
    await repo.git(["add", "-A"]);
    const install = await offline("pre-commit", ["install"]);
    expect(install.exitCode, install.output).toBe(0);

    // First commit: pre-commit builds the hook's node environment, then runs it.
    const fresh = await offline("git", ["commit", "-m", "podnet module"]);
    expect(fresh.exitCode, fresh.output).toBe(0);
    expect(fresh.output).toMatch(/podnet \(generated modules current, dry-build affected hosts\)\.+Passed/u);
    expect(fresh.output).not.toMatch(/deprecated|Expected one of/u);
    // pre-commit cloned the hook repository and installed nothing into it.
    const clones = (await execa("find", [home, "-name", "node_modules", "-o", "-name", "*.tgz"])).stdout.trim();
    expect(clones).toBe("");
    expect(repo.rebuildCalls()).toEqual(["dry-build"]);

    // A spec change without regenerating: blocked, with the diff and what to do.
    repo.write("podnet.yaml", repo.read("podnet.yaml").replace("[throwaway]", "[throwaway, worker]"));
    await repo.git(["add", "podnet.yaml"]);
    const stale = await offline("git", ["commit", "-m", "add worker"]);
    expect(stale.exitCode).not.toBe(0);
    expect(stale.output).toMatch(/podnet \(generated modules current, dry-build affected hosts\)\.+Failed/u);
    expect(stale.output).toContain('+    worker.extraOptions = joinOptions "worker" "v6egress" [ ];');
    expect(stale.output).toContain("run `podnet generate podnet.yaml`, `git add` the result and commit again");
    expect((await repo.git(["log", "--format=%s"])).stdout.trim().split("\n")).toEqual(["podnet module"]);
  });
});
