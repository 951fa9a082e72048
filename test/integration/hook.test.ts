import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { inIndex } from "../../src/emit/outputs.js";
import { root } from "../support/files.js";
import { createRepo, type Repo } from "../support/gitrepo.js";

async function committedRepo(spec?: string): Promise<Repo> {
  const repo = await createRepo(spec);
  expect((await repo.podnet(["generate", "podnet.yaml"])).exitCode).toBe(0);
  await repo.git(["add", "-A"]);
  expect((await repo.git(["commit", "-q", "-m", "initial"])).exitCode).toBe(0);
  expect((await repo.podnet(["hook", "install", "--spec", "podnet.yaml", "--flake", "."])).exitCode).toBe(0);
  return repo;
}

describe("podnet hook", () => {
  it("blocks a commit whose module is stale, showing the diff", async () => {
    const repo = await committedRepo();
    repo.write("podnet.yaml", repo.read("podnet.yaml").replace("[throwaway]", "[throwaway, worker]"));
    await repo.git(["add", "podnet.yaml"]);
    const commit = await repo.git(["commit", "-m", "add worker"]);
    expect(commit.exitCode).not.toBe(0);
    expect(commit.stdout + commit.stderr).toContain('+    worker.extraOptions = joinOptions "worker" "v6egress" [ ];');
    expect(commit.stderr).toContain("run `podnet generate podnet.yaml`, `git add` the result and commit again");
    expect(repo.rebuildCalls()).toEqual([]);
  });

  it("lets a fresh module through and dry-builds the host it touches", async () => {
    const repo = await committedRepo();
    repo.write("podnet.yaml", repo.read("podnet.yaml").replace("[throwaway]", "[throwaway, worker]"));
    await repo.podnet(["generate", "podnet.yaml"]);
    await repo.git(["add", "-A"]);
    const commit = await repo.git(["commit", "-m", "add worker"]);
    expect(commit.exitCode, commit.stderr).toBe(0);
    expect(repo.rebuildCalls()).toEqual(["dry-build --flake .#web-arm"]);
    expect(commit.stderr).toContain("dry-build web-arm: ok, 2 derivations to build, 3 paths to fetch (1.50 MiB)");
  });

  it("dry-builds only the hosts whose module the commit changes", async () => {
    const repo = await committedRepo(path.join(root, "test/golden/fleet.yaml"));
    repo.write("podnet.yaml", repo.read("podnet.yaml").replace("[mailer]", "[mailer, relay]"));
    await repo.podnet(["generate", "podnet.yaml"]);
    await repo.git(["add", "-A"]);
    expect((await repo.git(["commit", "-m", "edge-1 gets a relay"])).exitCode).toBe(0);
    expect(repo.rebuildCalls()).toEqual(["dry-build --flake .#edge-1"]);
  });

  it("dry-builds nothing for a spec edit that leaves every module as it was", async () => {
    const repo = await committedRepo(path.join(root, "test/golden/fleet.yaml"));
    const before = repo.read("podnet.yaml");
    // The same fleet written differently: a comment, and an address in capitals with a zero group.
    const edited = `# the fleet\n${before.replace("fdaa:bbcc:ddee::/64", "FDAA:BBCC:DDEE:0::/64")}`;
    expect(edited).toContain("FDAA:BBCC:DDEE:0::/64");
    repo.write("podnet.yaml", edited);
    await repo.git(["add", "podnet.yaml"]);
    const commit = await repo.git(["commit", "-m", "respell the spec"]);
    expect(commit.exitCode, commit.stderr).toBe(0);
    expect(repo.rebuildCalls()).toEqual([]);
    expect((await repo.podnet(["generate", "podnet.yaml", "--check"])).exitCode).toBe(0);
  });

  it("blocks the commit when the dry-build fails", async () => {
    const repo = await committedRepo();
    repo.failRebuild();
    repo.write("podnet.yaml", repo.read("podnet.yaml").replace("[throwaway]", "[throwaway, worker]"));
    await repo.podnet(["generate", "podnet.yaml"]);
    await repo.git(["add", "-A"]);
    const commit = await repo.git(["commit", "-m", "x"]);
    expect(commit.exitCode).not.toBe(0);
    expect(commit.stderr).toContain("error: attribute 'missing' missing");
    expect(commit.stderr).toContain("dry-build of web-arm failed; commit blocked");
  });

  it("runs nothing when nothing relevant is staged (its speed is `npm run bench`'s hook row)", async () => {
    const repo = await committedRepo();
    repo.write("README.md", "notes\n");
    await repo.git(["add", "README.md"]);
    const hook = path.join(repo.dir, ".git/hooks/pre-commit");
    const { execa } = await import("execa");
    const result = await execa(hook, [], { cwd: repo.dir, env: repo.env, reject: false });
    expect(result.exitCode).toBe(0);
    expect(repo.rebuildCalls()).toEqual([]);
    expect((await repo.git(["commit", "-q", "-m", "docs"])).exitCode).toBe(0);
  });

  it("compares the staged module byte for byte, as generate --check compares the file", async () => {
    const repo = await committedRepo();
    const module = "hosts/web-arm/podnet.nix";
    const generated = readFileSync(path.join(repo.dir, module));
    // A byte that is not UTF-8 in a comment: decoded, both would read as text that differs only there.
    const edited = Buffer.concat([generated, Buffer.from([0x23, 0x20, 0xff, 0x0a])]);
    writeFileSync(path.join(repo.dir, module), edited);
    await repo.git(["add", module]);
    const staged = await inIndex(repo.dir, () => module).read(module);
    expect(staged?.equals(edited)).toBe(true);
    const check = await repo.podnet(["generate", "podnet.yaml", "--check"]);
    expect(check.exitCode).toBe(1);
    const commit = await repo.git(["commit", "-m", "hand edit"]);
    expect(commit.exitCode).not.toBe(0);
    expect(commit.stdout + commit.stderr).toContain("-# \ufffd");
  });

  it("refuses to clobber a foreign pre-commit hook unless forced", async () => {
    const repo = await createRepo();
    repo.write(".git/hooks/pre-commit", "#!/bin/sh\necho mine\n");
    const refused = await repo.podnet(["hook", "install", "--spec", "podnet.yaml"]);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain("already exists and is not podnet's");
    expect(repo.read(".git/hooks/pre-commit")).toBe("#!/bin/sh\necho mine\n");
    expect((await repo.podnet(["hook", "install", "--spec", "podnet.yaml", "--force"])).exitCode).toBe(0);
    expect(repo.read(".git/hooks/pre-commit")).toContain("# podnet pre-commit hook");
    // Re-installing over its own hook needs no --force.
    expect((await repo.podnet(["hook", "install", "--spec", "podnet.yaml"])).exitCode).toBe(0);
  });
});

describe("podnet dry-build", () => {
  it("passes flake#host to nixos-rebuild and sums up what would be built", async () => {
    const repo = await createRepo();
    const result = await repo.podnet(["dry-build", "--flake", ".", "--host", "web-arm", "--json"]);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ ok: true, host: "web-arm", exitCode: 0, derivations: 2, fetches: 3, download: "1.50 MiB" });
    expect(repo.rebuildCalls()).toEqual(["dry-build --flake .#web-arm"]);
  });

  it("runs classic mode without --flake", async () => {
    const repo = await createRepo();
    expect((await repo.podnet(["dry-build"])).exitCode).toBe(0);
    expect(repo.rebuildCalls()).toEqual(["dry-build"]);
  });

  it("exits with nixos-rebuild's status when it fails", async () => {
    const repo = await createRepo();
    repo.failRebuild();
    const result = await repo.podnet(["dry-build", "--flake", "."]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain("nixos-rebuild failed (exit 1)");
  });

  it("says how to get nixos-rebuild when it is missing (exit 2, no ENOENT)", async () => {
    const repo = await createRepo();
    const result = await repo.podnet(["dry-build", "--nixos-rebuild", "/nonexistent/nixos-rebuild"]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("is not installed here");
    expect(result.stderr).toContain("nix shell nixpkgs#nixos-rebuild");
    expect(result.stderr).not.toContain("ENOENT");
  });
});
