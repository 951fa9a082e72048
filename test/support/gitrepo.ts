/** A throwaway git repository holding a podnet spec, and a stand-in nixos-rebuild on PATH. */
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { execa } from "execa";
import { podnet, type Run, runOf } from "./cli.js";
import { root } from "./files.js";

export interface Repo {
  readonly dir: string;
  /** Arguments of every nixos-rebuild call, one line each. */
  readonly rebuildLog: string;
  readonly env: Record<string, string>;
  git(args: string[]): Promise<Run>;
  /** Runs podnet in the repository with `env` (the stand-in nixos-rebuild on PATH). */
  podnet(args: string[]): Promise<Run>;
  write(file: string, text: string): void;
  read(file: string): string;
  rebuildCalls(): string[];
  /** Makes the stand-in nixos-rebuild fail from now on. */
  failRebuild(): void;
}

export async function createRepo(spec = path.join(root, "examples/web-arm.yaml")): Promise<Repo> {
  // The repository has a folder of its own around it, so a test can write next to it (outside the repository).
  const home = mkdtempSync(path.join(tmpdir(), "podnet-repo-"));
  const dir = path.join(home, "repo");
  const tools = path.join(home, "tools");
  mkdirSync(dir);
  mkdirSync(tools);
  const rebuildLog = path.join(tools, "nixos-rebuild.log");
  const failFlag = path.join(tools, "fail");
  writeFileSync(rebuildLog, "");
  // Stands in for nixos-rebuild on machines without NixOS: records its arguments, prints what
  // nix prints for a dry-build, and fails when asked to.
  writeFileSync(
    path.join(tools, "nixos-rebuild"),
    `#!/bin/sh
echo "$*" >> '${rebuildLog}'
echo "building the system configuration..." >&2
if [ -e '${failFlag}' ]; then echo "error: attribute 'missing' missing" >&2; exit 1; fi
echo "these 2 derivations will be built:" >&2
echo "  /nix/store/aaaa-podnet-network.service.drv" >&2
echo "these 3 paths will be fetched (1.50 MiB download, 6.00 MiB unpacked):" >&2
exit 0
`,
  );
  chmodSync(path.join(tools, "nixos-rebuild"), 0o755);
  const env = {
    PATH: `${tools}:${process.env.PATH}`,
    NO_COLOR: "1",
    GIT_AUTHOR_NAME: "t",
    GIT_AUTHOR_EMAIL: "t@example.invalid",
    GIT_COMMITTER_NAME: "t",
    GIT_COMMITTER_EMAIL: "t@example.invalid",
  };
  const git = async (args: string[]) => runOf(await execa("git", args, { cwd: dir, env, reject: false }));
  cpSync(spec, path.join(dir, "podnet.yaml"));
  const init = await git(["init", "-q", "-b", "main"]);
  if (init.exitCode !== 0) throw new Error(`git init failed: ${init.stderr}`);
  return {
    dir,
    rebuildLog,
    env,
    git,
    podnet: (args) => podnet(args, dir, { env }),
    write: (file, text) => {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    },
    read: (file) => readFileSync(path.join(dir, file), "utf8"),
    rebuildCalls: () => readFileSync(rebuildLog, "utf8").split("\n").filter(Boolean),
    failRebuild: () => writeFileSync(failFlag, ""),
  };
}
