/** The mode of a file written atomically: a given mode survives any umask, the default stays 0644 less the umask. */
import { mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeAtomically } from "../../src/emit/write.js";

/** Runs `work` under `mask`, the process's umask restored afterwards. */
async function withUmask(mask: number, work: () => Promise<void>): Promise<void> {
  const before = process.umask(mask);
  try {
    await work();
  } finally {
    process.umask(before);
  }
}

describe("writeAtomically", () => {
  it("gives a file the mode asked for, whatever the umask", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "podnet-mode-"));
    const file = path.join(dir, "pre-commit");
    await withUmask(0o077, () => writeAtomically(file, "#!/bin/sh\n", 0o755));
    expect(statSync(file).mode & 0o777).toBe(0o755);
    expect(readFileSync(file, "utf8")).toBe("#!/bin/sh\n");
    expect(readdirSync(dir)).toEqual(["pre-commit"]);
  });

  it("without a mode, writes 0644 less the umask, as generated modules always were", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "podnet-mode-"));
    await withUmask(0o077, () => writeAtomically(path.join(dir, "private.nix"), "x\n"));
    await withUmask(0o022, () => writeAtomically(path.join(dir, "shared.nix"), "x\n"));
    expect(statSync(path.join(dir, "private.nix")).mode & 0o777).toBe(0o600);
    expect(statSync(path.join(dir, "shared.nix")).mode & 0o777).toBe(0o644);
  });

  it("replaces a symlink with an executable file, leaving what it pointed to alone", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "podnet-mode-"));
    writeFileSync(path.join(dir, "mine.sh"), "mine\n", { mode: 0o644 });
    symlinkSync("mine.sh", path.join(dir, "pre-commit"));
    await writeAtomically(path.join(dir, "pre-commit"), "ours\n", 0o755);
    expect(readFileSync(path.join(dir, "mine.sh"), "utf8")).toBe("mine\n");
    expect(statSync(path.join(dir, "mine.sh")).mode & 0o777).toBe(0o644);
    expect(statSync(path.join(dir, "pre-commit")).mode & 0o777).toBe(0o755);
  });
});
