/**
 * Classes: where output goes, and what is read. Outputs stay inside the spec's directory tree after
 * every symlink is resolved, never overwrite the spec or each other's real file, and `generate` is
 * all or nothing, also when a folder cannot be made. Only regular files are read, their size
 * checked first: a FIFO, a device or a folder is a clear error (exit 2), never a hang.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { execa } from "execa";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { podnet as runPodnet } from "../support/cli.js";
import { expectNoCrash } from "../support/crash.js";
import { tree } from "../support/files.js";
import { runs } from "../support/fuzz.js";
import { webArm } from "../support/spec.js";
import { describeWith } from "../support/tools.js";

// A hang guard, not a speed measurement: reading a FIFO would block forever.
const podnet = (args: string[], cwd: string) => runPodnet(args, cwd, { timeout: 20_000 });

/** A workspace: <root>/spec (the spec's folder) and <root>/outside (must stay empty). */
function workspace() {
  const root = mkdtempSync(path.join(tmpdir(), "podnet-files-"));
  const specDir = path.join(root, "spec");
  const outside = path.join(root, "outside");
  mkdirSync(specDir);
  mkdirSync(outside);
  return { root, specDir, outside };
}

function specWithOutputs(outputs: string[]): string {
  const spec = webArm();
  const template = spec.hosts["web-arm"];
  spec.hosts = Object.fromEntries(outputs.map((output, i) => [`host${i}`, { ...structuredClone(template), output }]));
  return stringify(spec);
}

describe("where output goes", () => {
  it("refuses outputs that leave the spec's folder, lexically or through a symlink, naming the field", async () => {
    const { specDir, outside } = workspace();
    symlinkSync(outside, path.join(specDir, "escape"));
    for (const output of ["../outside/x.nix", "hosts/../../outside/x.nix", "escape/x.nix", "escape/deeper/x.nix"]) {
      writeFileSync(path.join(specDir, "podnet.yaml"), specWithOutputs([output]));
      for (const command of [
        ["generate", "podnet.yaml"],
        ["validate", "podnet.yaml"],
      ]) {
        const result = await podnet(command, specDir);
        expect(result.exitCode, `${output}: ${result.stderr}`).toBe(1);
        expect(result.stderr).toMatch(/podnet\.yaml:\d+:\d+: error\[output-outside-spec-dir\]: hosts\.host0\.output: /u);
        expect(result.stderr).toContain("outside the spec's folder");
      }
      expect(tree(outside)).toEqual([]);
    }
    // An absolute path never gets that far: the spec refuses it.
    writeFileSync(path.join(specDir, "podnet.yaml"), specWithOutputs([path.join(outside, "x.nix")]));
    expect((await podnet(["generate", "podnet.yaml"], specDir)).stderr).toContain("is not a usable output path");
    expect(tree(outside)).toEqual([]);
  });

  it("refuses an output that is the spec itself, or another host's file through a symlink", async () => {
    const { specDir } = workspace();
    writeFileSync(path.join(specDir, "spec.nix"), specWithOutputs(["spec.nix"]));
    const self = await podnet(["generate", "spec.nix"], specDir);
    expect(self.exitCode).toBe(1);
    expect(self.stderr).toContain("is the spec file itself");
    expect(readFileSync(path.join(specDir, "spec.nix"), "utf8")).toContain("version: 1");

    mkdirSync(path.join(specDir, "real"));
    symlinkSync("real", path.join(specDir, "alias"));
    writeFileSync(path.join(specDir, "podnet.yaml"), specWithOutputs(["real/m.nix", "alias/m.nix"]));
    const collision = await podnet(["generate", "podnet.yaml"], specDir);
    expect(collision.exitCode).toBe(1);
    expect(collision.stderr).toContain("error[output-collision]: hosts.host1.output: alias/m.nix is the same file as host host0's output");
    expect(tree(path.join(specDir, "real"))).toEqual([]);
  });

  it("follows a symlink whose target climbs out with `..` as the kernel does, and never writes over the file it did not reach", async () => {
    const { specDir, outside } = workspace();
    mkdirSync(path.join(outside, "deep"));
    mkdirSync(path.join(specDir, "real", "web-arm"), { recursive: true });
    const operators = path.join(specDir, "real", "web-arm", "podnet.nix");
    writeFileSync(operators, "the operator's own file\n");
    symlinkSync(path.join(outside, "deep"), path.join(specDir, "sub"));
    // hosts → sub/../real: sub leads to outside/deep, so this is outside/real, not spec/real.
    symlinkSync("sub/../real", path.join(specDir, "hosts"));
    // link/../m.nix: up from where link leads (outside), not from the link's own folder.
    for (const output of ["hosts/web-arm/podnet.nix", "sub/../m.nix"]) {
      writeFileSync(path.join(specDir, "podnet.yaml"), specWithOutputs([output]));
      for (const command of [
        ["generate", "podnet.yaml"],
        ["validate", "podnet.yaml"],
        ["generate", "podnet.yaml", "--check"],
      ]) {
        const result = await podnet(command, specDir);
        expect(result.exitCode, `${output} ${command.join(" ")}: ${result.stderr}`).toBe(1);
        expect(result.stderr).toContain("error[output-outside-spec-dir]: hosts.host0.output:");
      }
    }
    expect(readFileSync(operators, "utf8")).toBe("the operator's own file\n");
    expect(tree(outside)).toEqual(["deep/"]);
  });

  it("refuses two hosts that reach one file through such a symlink, and a host's file that is another's folder", async () => {
    const { specDir } = workspace();
    mkdirSync(path.join(specDir, "a", "b"), { recursive: true });
    mkdirSync(path.join(specDir, "a", "real"));
    symlinkSync("a/b", path.join(specDir, "sub"));
    symlinkSync("sub/../real", path.join(specDir, "L"));
    for (const [outputs, says] of [
      [["a/real/m.nix", "L/m.nix"], "hosts.host1.output: L/m.nix is the same file as host host0's output"],
      [["n.nix", "n.nix/m.nix"], "hosts.host1.output: n.nix/m.nix would be inside host host0's output"],
      [["n.nix/m.nix", "n.nix"], "hosts.host0.output: n.nix/m.nix would be inside host host1's output"],
      [["x/n.nix", "x/n.nix/deeper/m.nix", "x/other.nix"], "hosts.host1.output: x/n.nix/deeper/m.nix would be inside host host0's output"],
      // Only once L is followed (to a/real) is the second inside the first.
      [["a/real/n.nix", "L/n.nix/m.nix"], "hosts.host1.output: L/n.nix/m.nix would be inside host host0's output"],
    ] as const) {
      writeFileSync(path.join(specDir, "podnet.yaml"), specWithOutputs([...outputs]));
      const result = await podnet(["generate", "podnet.yaml"], specDir);
      expect(result.exitCode, `${outputs.join(", ")}: ${result.stderr}`).toBe(1);
      expect(result.stderr).toContain(`error[output-collision]: ${says}`);
      expect(existsSync(path.join(specDir, "n.nix")) || existsSync(path.join(specDir, "x"))).toBe(false);
    }
    expect(tree(path.join(specDir, "a"))).toEqual(["b/", "real/"]);
  });

  it("refuses a folder, a FIFO or a dangling symlink where the output goes", async () => {
    const { specDir, outside } = workspace();
    mkdirSync(path.join(specDir, "dir.nix"));
    execFileSync("mkfifo", [path.join(specDir, "fifo.nix")]);
    symlinkSync(path.join(outside, "gone", "x.nix"), path.join(specDir, "dangling.nix"));
    for (const [output, says] of [
      ["dir.nix", "is a directory"],
      ["fifo.nix", "is a FIFO"],
      ["dangling.nix", "points nowhere"],
    ] as const) {
      writeFileSync(path.join(specDir, "podnet.yaml"), specWithOutputs([output]));
      const result = await podnet(["generate", "podnet.yaml"], specDir);
      expect(result.exitCode, output).toBe(1);
      expect(result.stderr, output).toContain(says);
    }
    expect(tree(outside)).toEqual([]);
  });

  it("every generated path lands inside the spec's tree, or nothing is written (property)", async () => {
    const { root, specDir, outside } = workspace();
    mkdirSync(path.join(specDir, "in"));
    mkdirSync(path.join(outside, "deep"));
    symlinkSync(outside, path.join(specDir, "out-link"));
    symlinkSync(path.join(specDir, "in"), path.join(specDir, "in-link"));
    // Links whose own target holds `..` after a link: the kernel goes up from where that link
    // leads (via-out: above outside, out of the tree; via-in: in/deeper/../.., the spec's folder),
    // where working the `..` out as text gives the opposite (the spec's folder; above it).
    mkdirSync(path.join(specDir, "in", "deeper"));
    symlinkSync("in/deeper", path.join(specDir, "down"));
    symlinkSync("out-link/..", path.join(specDir, "via-out"));
    symlinkSync("down/../..", path.join(specDir, "via-in"));
    const segment = fc.constantFrom("..", ".", "a", "in", "in-link", "out-link", "b", "via-out", "via-in");
    const samples = fc.sample(
      fc.array(segment, { minLength: 0, maxLength: 4 }).map((parts) => [...parts, "m.nix"].join("/")),
      runs(40),
    );
    for (const output of new Set(samples)) {
      writeFileSync(path.join(specDir, "podnet.yaml"), specWithOutputs([output]));
      const result = await podnet(["generate", "podnet.yaml", "--json"], specDir);
      const report = JSON.parse(result.stdout);
      expect(tree(outside), output).toEqual(["deep/"]);
      expect(
        tree(root).filter((f) => !f.startsWith("spec") && !f.startsWith("outside")),
        output,
      ).toEqual([]);
      if (result.exitCode === 0) {
        const written = path.resolve(specDir, report.files[0].path);
        expect(existsSync(written), output).toBe(true);
        // The file written is the one the path leads to, as the kernel follows it; except through
        // `a/..` where `a` was never made (no file is under it), which the kernel cannot follow.
        const parts = output.split("/").filter((part) => part !== ".");
        const climbsThroughMissing = parts.some((part, i) => part === ".." && (parts[i - 1] === "a" || parts[i - 1] === "b"));
        if (!climbsThroughMissing) expect(realpathSync.native(path.join(specDir, output)), output).toBe(realpathSync.native(written));
      } else {
        expect(
          report.diagnostics.some((d: { field: string }) => d.field === "hosts.host0.output"),
          `${output}: ${result.stdout}`,
        ).toBe(true);
      }
    }
  });
});

describeWith({ commands: ["mount", "umount"], root: true }, "all or nothing", () => {
  it("a folder that cannot be made for the second host leaves no module and no folder of the first", async () => {
    const { specDir } = workspace();
    const full = path.join(specDir, "full");
    mkdirSync(full);
    // Room for nothing: a tmpfs with almost no inodes, so making folders in it fails.
    await execa("mount", ["-t", "tmpfs", "-o", "size=64k,nr_inodes=2", "tmpfs", full]);
    try {
      writeFileSync(path.join(specDir, "podnet.yaml"), specWithOutputs(["a/first/m.nix", "full/x/y/z/m.nix"]));
      const result = await podnet(["generate", "podnet.yaml"], specDir);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain("nothing written");
      expect(existsSync(path.join(specDir, "a"))).toBe(false);
      expect(tree(full)).toEqual([]);
    } finally {
      await execa("umount", [full], { reject: false });
      rmSync(full, { recursive: true, force: true });
    }
  });
});

describe("what is compared and shown", () => {
  // The spec's name holds U+FFFD, so the module's header does too: a file with a byte that is not
  // UTF-8 there reads as the same text, and only the bytes tell them apart.
  const specName = "w\ufffd.yaml";
  async function generated() {
    const { specDir } = workspace();
    writeFileSync(path.join(specDir, specName), specWithOutputs(["hosts/a/podnet.nix"]));
    expect((await podnet(["generate", specName], specDir)).exitCode).toBe(0);
    const module = path.join(specDir, "hosts/a/podnet.nix");
    return { specDir, module, bytes: readFileSync(module) };
  }
  const check = (specDir: string) => podnet(["generate", specName, "--check"], specDir);

  it("a hand-edited module's escape sequences and carriage returns are shown as escapes, and line endings named", async () => {
    const { specDir, module, bytes } = await generated();
    writeFileSync(module, Buffer.concat([bytes, Buffer.from("# \u001b[31mred\u001b[0m\n")]));
    const escaped = await check(specDir);
    expect(escaped.exitCode).toBe(1);
    expect(escaped.stdout).toContain("-# \\x1b[31mred\\x1b[0m");
    expect(escaped.stdout).not.toContain("\u001b");

    writeFileSync(module, bytes.toString("utf8").replaceAll("\n", "\r\n"));
    const crlf = await check(specDir);
    expect(crlf.exitCode).toBe(1);
    expect(crlf.stdout.split("\n")[0]).toBe("# hosts/a/podnet.nix differs only in its line endings (CRLF)");
    expect(crlf.stdout).not.toContain("\r");
  });

  it("bytes that are not UTF-8 make a module stale even where they decode to the same text, and the diff says so", async () => {
    const { specDir, module, bytes } = await generated();
    const replacement = Buffer.from("\ufffd", "utf8");
    const at = bytes.indexOf(replacement);
    expect(at).toBeGreaterThan(0);
    writeFileSync(module, Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at + replacement.length)]));
    const stale = await check(specDir);
    expect(stale.exitCode).toBe(1);
    expect(stale.stdout.split("\n")[0]).toBe("# hosts/a/podnet.nix differs only in bytes that are not valid UTF-8 (shown as \ufffd)");
    expect((await podnet(["generate", specName], specDir)).exitCode).toBe(0);
    expect(readFileSync(module).equals(bytes)).toBe(true);
  });

  it("a module an editor saved with a byte-order mark is still podnet's: it is updated, not refused", async () => {
    const { specDir, module, bytes } = await generated();
    writeFileSync(module, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]));
    const result = await podnet(["generate", specName], specDir);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toContain("updated");
    expect(readFileSync(module).equals(bytes)).toBe(true);
  });
});

describe("what is read", () => {
  it("a spec, host facts or existing output that is a FIFO, a device or a folder is a clear error (exit 2), never a hang", async () => {
    const { specDir } = workspace();
    const fifo = path.join(specDir, "fifo");
    execFileSync("mkfifo", [fifo]);
    writeFileSync(path.join(specDir, "podnet.yaml"), stringify(webArm()));
    for (const [args, says] of [
      [["validate", fifo], "is a FIFO"],
      [["validate", "/dev/zero"], "is a device"],
      [["validate", "/dev/urandom"], "is a device"],
      [["validate", specDir], "is a directory"],
      [["validate", "podnet.yaml", "--host-facts", fifo], "is a FIFO"],
      [["validate", "podnet.yaml", "--host-facts", "/dev/zero"], "is a device"],
      [["generate", "/dev/stdin"], "not a regular file"],
      [["generate", "/dev/null"], "is a device"],
    ] as const) {
      const result = await podnet([...args], specDir);
      expect(result.timedOut, args.join(" ")).toBe(false);
      expect(result.exitCode, `${args.join(" ")}: ${result.stderr}`).toBe(2);
      expect(result.stderr, args.join(" ")).toMatch(new RegExp(says.replace(/[()]/gu, "\\$&"), "u"));
      expectNoCrash(result, args.join(" "));
    }
  });

  it("refuses a spec above the size limit before reading it", async () => {
    const { specDir } = workspace();
    const big = path.join(specDir, "big.yaml");
    execFileSync("truncate", ["-s", "5M", big]);
    const result = await podnet(["validate", "big.yaml"], specDir);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("bytes; podnet reads at most");
  });
});
