/**
 * Class 8 of issue 10: every command, not only validate/generate, answers hostile input with one
 * clear line (exit 2), never a crash, a stack trace, "internal error" or a JS error name, and
 * leaves nothing behind when it refuses. Every --json run prints one JSON document on stdout.
 *
 * The CLI runs in-process (src/, not the bundle) with a captured Io, in temporary folders.
 */
import { execFileSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { execa } from "execa";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nextAdrNumber } from "../../src/emit/adr-records.js";
import { podnetInProcess as podnet, type Run } from "../support/cli.js";
import { expectNoCrash } from "../support/crash.js";
import { tree } from "../support/files.js";
import { hostileString, runs } from "../support/fuzz.js";
import { createRepo } from "../support/gitrepo.js";
import { isRoot } from "../support/tools.js";

const tempDir = (prefix: string) => mkdtempSync(path.join(tmpdir(), `podnet-${prefix}-`));

/** A usage refusal: exit 2, exactly one line on stderr, naming `what`, no raw control characters. */
function expectRefused(run: Run, what: RegExp | string): void {
  expectNoCrash(run);
  expect(run.exitCode, run.stderr).toBe(2);
  const lines = run.stderr.trimEnd().split("\n");
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^podnet: /u);
  if (typeof what === "string") expect(lines[0]).toContain(what);
  else expect(lines[0]).toMatch(what);
  expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/u);
}

/** One character that cannot be part of a line of plain text. */
const unprintableChar = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
  fc.integer({ min: 0x7f, max: 0x9f }).map((code) => String.fromCharCode(code)),
  fc.constantFrom("\u2028", "\u2029", "\u202e", "\u2066", "\ud800", "\udfff", "\u001b[2J", "\u001b]0;pwned\u0007"),
);
const printable = fc
  .string({ unit: "grapheme", maxLength: 30 })
  .filter((text) => !/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u.test(text));
/** Text with at least one unprintable character somewhere in it. */
const withUnprintable = fc.tuple(printable, unprintableChar, printable).map(([a, bad, b]) => `${a}${bad}${b}`);

describe("adr new: the title is one line of plain text", () => {
  it("refuses any title with a control character, line break, bidi override or lone surrogate, and makes no folder", async () => {
    const dir = tempDir("adr-title");
    await fc.assert(
      fc.asyncProperty(withUnprintable, async (title) => {
        const run = await podnet(["adr", "new", title, "--dir", "records/deep"], dir);
        expectRefused(run, "the title contains");
        expect(tree(dir)).toEqual([]);
      }),
      runs(80),
    );
  });

  it("refuses a title longer than 200 characters, takes one of exactly 200", async () => {
    const dir = tempDir("adr-long");
    for (const title of ["x".repeat(201), "é".repeat(5000), "🐧".repeat(201)]) {
      expectRefused(await podnet(["adr", "new", title, "--dir", "records"], dir), "characters long; keep it to at most 200");
      expect(tree(dir)).toEqual([]);
    }
    const ok = await podnet(["adr", "new", "🐧".repeat(200), "--dir", "records", "--date", "2026-11-24"], dir);
    expect(ok.exitCode, ok.stderr).toBe(0);
    expect(readFileSync(path.join(dir, "records/0001-decision.md"), "utf8")).toMatch(/^# 1\. (🐧){200}\n/u);
  });

  it("writes any printable title as the record's heading, with a plain file name", async () => {
    const dir = tempDir("adr-printable");
    await fc.assert(
      fc.asyncProperty(
        printable.filter((title) => title.trim() !== ""),
        async (title) => {
          const run = await podnet(["adr", "new", "--dir", "records", "--date", "2026-11-24", "--", title], dir);
          expectNoCrash(run);
          expect(run.exitCode, run.stderr).toBe(0);
          const file = run.stdout.trim();
          expect(path.basename(file)).toMatch(/^\d{4,}-[a-z0-9-]+\.md$/u);
          expect(readFileSync(path.join(dir, file), "utf8").split("\n")[0]).toBe(
            `# ${Number(path.basename(file).split("-")[0])}. ${title.trim()}`,
          );
        },
      ),
      runs(40),
    );
  });

  it("refuses a --date that is not a calendar day, and options that need --network", async () => {
    const dir = tempDir("adr-options");
    for (const date of ["2026-02-30", "26-11-24", "2026-11-24\n# injected", "tomorrow", ""]) {
      expectRefused(
        await podnet(["adr", "new", "Title", "--dir", "records", "--date", date], dir),
        "is not a date; write it as YYYY-MM-DD",
      );
    }
    expectRefused(await podnet(["adr", "new", "Title", "--dir", "records", "--host", "web-arm"], dir), "--host is used with --network");
    expect(tree(dir)).toEqual([]);
  });
});

describe("adr new: every way the folder can be wrong", () => {
  /** A workspace with each kind of wrong folder in it. */
  function wrongFolders() {
    const dir = tempDir("adr-dir");
    writeFileSync(path.join(dir, "a-file"), "not a folder\n");
    symlinkSync("nowhere", path.join(dir, "dangling"));
    symlinkSync("loop-b", path.join(dir, "loop-a"));
    symlinkSync("loop-a", path.join(dir, "loop-b"));
    execFileSync("mkfifo", [path.join(dir, "fifo")]);
    return dir;
  }

  it.each([
    ["a file", "a-file", "a-file is a file, not a folder"],
    ["a path under a file", "a-file/records", "a part of the path is a file, not a folder"],
    ["a dangling symlink", "dangling", "dangling is a symbolic link that points nowhere"],
    ["a path under a dangling symlink", "dangling/records", "dangling is a symbolic link that points nowhere"],
    ["a symlink loop", "loop-a", "too many symbolic links"],
    ["a path under a symlink loop", "loop-a/records", "too many symbolic links"],
    ["a FIFO", "fifo", "fifo is a FIFO (named pipe), not a folder"],
    ["an empty name", "", "--dir needs a folder"],
    ["a name with a newline", "rec\nords", "contains a line break (U+000A)"],
    ["a name with an escape sequence", "\u001b[2Jrecords", "contains a control character (U+001B)"],
    ["a name too long for the file system", "x".repeat(300), "the path is too long"],
  ])("refuses --dir naming %s, and creates nothing", async (_, dirOption, message) => {
    const dir = wrongFolders();
    const before = tree(dir);
    const run = await podnet(["adr", "new", "Keep podman", "--dir", dirOption], dir);
    expectRefused(run, message);
    expect(tree(dir)).toEqual(before);
  });

  // A read-only mount refuses writes to root as well (a mode bit would not: these tests run as root in CI).
  it.skipIf(!isRoot)("refuses a folder it cannot write, and creates nothing", async () => {
    const dir = tempDir("adr-ro");
    mkdirSync(path.join(dir, "locked"));
    await execa("mount", ["-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", path.join(dir, "locked")]);
    try {
      for (const dirOption of ["locked", "locked/records"]) {
        expectRefused(await podnet(["adr", "new", "Keep podman", "--dir", dirOption], dir), /permission denied|read-only/u);
      }
      expect(readdirSync(path.join(dir, "locked"))).toEqual([]);
    } finally {
      await execa("umount", [path.join(dir, "locked")], { reject: false });
    }
  });

  // Root may write anywhere a mode allows; sysfs refuses new entries even to root.
  it.skipIf(!existsSync("/sys/kernel"))("refuses a folder on a file system that takes no new entries (/sys)", async () => {
    const dir = tempDir("adr-sys");
    for (const dirOption of ["/sys/podnet-adr", "/sys/podnet-adr/records"]) {
      expectRefused(
        await podnet(["adr", "new", "Keep podman", "--dir", dirOption], dir),
        /cannot make \/sys\/podnet-adr: (permission denied|the file system is read-only)/u,
      );
    }
    expect(existsSync("/sys/podnet-adr")).toBe(false);
  });

  it("makes a missing folder (and its parents) and reports it", async () => {
    const dir = tempDir("adr-make");
    const run = await podnet(["adr", "new", "Keep podman", "--dir", "a/b/c"], dir);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe("a/b/c/0001-keep-podman.md");
    expect(run.stderr).toContain("created a/b/c");
  });

  it("without --dir, refuses a docs/adr that is a file instead of writing past it", async () => {
    const dir = tempDir("adr-default");
    mkdirSync(path.join(dir, "docs"));
    writeFileSync(path.join(dir, "docs/adr"), "x\n");
    const before = tree(dir);
    expectRefused(await podnet(["adr", "new", "Keep podman"], dir), /docs\/adr is a file, not a folder; pass --dir/u);
    expect(tree(dir)).toEqual(before);
  });
});

describe("adr new: numbers of any size", () => {
  it("takes the number after the highest as an exact integer, never 1e+21", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 80n }),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 80n }), { maxLength: 5 }),
        (highest, others) => {
          const names = [highest, ...others.filter((n) => n < highest)].map((n, i) => `${String(n).padStart(4, "0")}-r${i}.md`);
          expect(nextAdrNumber(names)).toBe(highest + 1n);
        },
      ),
      runs(300),
    );
  });

  it("names the record after 1000000000000000000000-x.md as 1000000000000000000001-…", async () => {
    const dir = tempDir("adr-big");
    mkdirSync(path.join(dir, "records"));
    writeFileSync(path.join(dir, "records/1000000000000000000000-x.md"), "x\n");
    const run = await podnet(["adr", "new", "Next", "--dir", "records"], dir);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe("records/1000000000000000000001-next.md");
    expect(readFileSync(path.join(dir, run.stdout.trim()), "utf8")).toMatch(/^# 1000000000000000000001\. Next\n/u);
  });

  it("refuses a next number too long for a file name, writing nothing", async () => {
    const dir = tempDir("adr-huge");
    mkdirSync(path.join(dir, "records"));
    // 250 digits still name a file (255 bytes with "-x.md"); the next number, 251 digits, cannot.
    writeFileSync(path.join(dir, "records", `${"9".repeat(250)}-x.md`), "x\n");
    const before = tree(dir);
    expectRefused(await podnet(["adr", "new", "Next", "--dir", "records"], dir), "would have 251 digits, too many for a file name");
    expect(tree(dir)).toEqual(before);
  });
});

describe("hook install: every way the hooks folder or the spec path can be wrong", () => {
  it("refuses a core.hooksPath folder that does not exist, naming the setting, and makes nothing", async () => {
    const { dir, git } = await createRepo();
    expect((await git(["config", "core.hooksPath", "githooks/deep"])).exitCode).toBe(0);
    const before = tree(dir);
    expectRefused(
      await podnet(["hook", "install", "--spec", "podnet.yaml"], dir),
      /the hooks folder githooks\/deep \(core\.hooksPath = githooks\/deep\) does not exist; create it \(mkdir -p .*\), or fix core\.hooksPath/u,
    );
    expect(tree(dir)).toEqual(before);
  });

  it.each([
    ["a file", (dir: string) => writeFileSync(path.join(dir, "githooks"), "x\n"), "is not a folder"],
    // git itself cannot resolve these two; its reason is passed on with the setting named.
    [
      "under a file",
      (dir: string) => writeFileSync(path.join(dir, "githooks"), "x\n"),
      /git cannot resolve core\.hooksPath githooks\/sub: .*; fix core\.hooksPath/u,
      "githooks/sub",
    ],
    [
      "a symlink loop",
      (dir: string) => {
        symlinkSync("loop2", path.join(dir, "githooks"));
        symlinkSync("githooks", path.join(dir, "loop2"));
      },
      /git cannot resolve core\.hooksPath githooks: .*; fix core\.hooksPath/u,
    ],
    ["a dangling symlink", (dir: string) => symlinkSync("nowhere", path.join(dir, "githooks")), "does not exist"],
  ])("refuses a core.hooksPath that is %s", async (_, make, message, hooksPath = "githooks") => {
    const { dir, git } = await createRepo();
    make(dir);
    expect((await git(["config", "core.hooksPath", hooksPath])).exitCode).toBe(0);
    const before = tree(dir);
    expectRefused(await podnet(["hook", "install", "--spec", "podnet.yaml"], dir), message);
    expect(tree(dir)).toEqual(before);
  });

  it("makes git's own default .git/hooks when a template-less init left it out", async () => {
    const { dir } = await createRepo();
    execFileSync("rm", ["-rf", path.join(dir, ".git/hooks")]);
    const run = await podnet(["hook", "install", "--spec", "podnet.yaml"], dir);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(readFileSync(path.join(dir, ".git/hooks/pre-commit"), "utf8")).toContain("# podnet pre-commit hook");
    expect(lstatSync(path.join(dir, ".git/hooks/pre-commit")).mode & 0o111).not.toBe(0);
  });

  it("refuses any spec path a shell script cannot hold on one line, writing no hook", async () => {
    const { dir } = await createRepo();
    await fc.assert(
      fc.asyncProperty(withUnprintable, async (name) => {
        const run = await podnet(["hook", "install", "--spec", `${name}.yaml`], dir);
        expectRefused(run, /--spec .* contains .*; the hook cannot name such a path, so rename the spec/u);
        expect(existsSync(path.join(dir, ".git/hooks/pre-commit"))).toBe(false);
      }),
      runs(60),
    );
    // Also when the file really exists under that name.
    writeFileSync(path.join(dir, "po\ndnet.yaml"), readFileSync(path.join(dir, "podnet.yaml")));
    expectRefused(await podnet(["hook", "install", "--spec", "po\ndnet.yaml"], dir), "contains a line break (U+000A)");
    expect(existsSync(path.join(dir, ".git/hooks/pre-commit"))).toBe(false);
  });

  it.each([
    ["missing", "nope.yaml", "no such file; write the spec first"],
    ["a folder", ".git", "is a directory, not a spec file"],
    ["outside the repository", "../outside.yaml", "is outside the repository"],
  ])("refuses a --spec that is %s", async (_, spec, message) => {
    const { dir } = await createRepo();
    writeFileSync(path.join(dir, "../outside.yaml"), "version: 1\n");
    expectRefused(await podnet(["hook", "install", "--spec", spec], dir), message);
    expect(existsSync(path.join(dir, ".git/hooks/pre-commit"))).toBe(false);
  });

  it("refuses a --flake with a line break", async () => {
    const { dir } = await createRepo();
    expectRefused(
      await podnet(["hook", "install", "--spec", "podnet.yaml", "--flake", ".\nrm -rf ~"], dir),
      "--flake .\\nrm -rf ~ contains a line break",
    );
    expect(existsSync(path.join(dir, ".git/hooks/pre-commit"))).toBe(false);
  });

  it("refuses a folder where the hook goes, and replaces a foreign symlinked hook only with --force, never writing through it", async () => {
    const { dir } = await createRepo();
    mkdirSync(path.join(dir, ".git/hooks/pre-commit"));
    expectRefused(await podnet(["hook", "install", "--spec", "podnet.yaml", "--force"], dir), "pre-commit is a folder, not a hook script");

    const { dir: other } = await createRepo();
    writeFileSync(path.join(other, "mine.sh"), "#!/bin/sh\necho mine\n");
    symlinkSync(path.join(other, "mine.sh"), path.join(other, ".git/hooks/pre-commit"));
    expectRefused(await podnet(["hook", "install", "--spec", "podnet.yaml"], other), "already exists and is not podnet's");
    const forced = await podnet(["hook", "install", "--spec", "podnet.yaml", "--force"], other);
    expect(forced.exitCode, forced.stderr).toBe(0);
    expect(readFileSync(path.join(other, "mine.sh"), "utf8")).toBe("#!/bin/sh\necho mine\n");
    expect(lstatSync(path.join(other, ".git/hooks/pre-commit")).isSymbolicLink()).toBe(false);
    expect(readdirSync(path.join(other, ".git/hooks")).filter((name) => name.includes("podnet"))).toEqual([]);
  });

  it.skipIf(!isRoot)("refuses a hooks folder it cannot write, leaving the old hook", async () => {
    const { dir } = await createRepo();
    const hooks = path.join(dir, ".git/hooks");
    writeFileSync(path.join(hooks, "pre-commit"), "#!/bin/sh\n# podnet pre-commit hook (old)\n");
    // The same folder, read-only: writes fail for root too.
    await execa("mount", ["--bind", hooks, hooks]);
    await execa("mount", ["-o", "remount,bind,ro", hooks]);
    try {
      expectRefused(
        await podnet(["hook", "install", "--spec", "podnet.yaml"], dir),
        /cannot write \.git\/hooks\/pre-commit: (permission denied|the file system is read-only)/u,
      );
      expect(readFileSync(path.join(hooks, "pre-commit"), "utf8")).toBe("#!/bin/sh\n# podnet pre-commit hook (old)\n");
      expect(readdirSync(hooks).filter((name) => name.includes("podnet"))).toEqual([]);
    } finally {
      await execa("umount", [hooks], { reject: false });
    }
  });

  it("refuses outside a repository, in one line", async () => {
    expectRefused(await podnet(["hook", "install", "--spec", "podnet.yaml"], tempDir("no-repo")), "is not inside a git repository");
  });
});

describe("init never writes a spec its own validate rejects", () => {
  const odd = fc.constantFrom(
    "",
    " ",
    "a".repeat(16),
    "2a01:4f8::7",
    "fe80::1/64",
    "::/0",
    "10.0.0.1/24",
    "2001:db8::1/129",
    "-x",
    "1.10",
    "true",
    "null",
    "a b",
    "x".repeat(64),
  );
  const option = (valid: fc.Arbitrary<string>) =>
    fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: odd, weight: 1 }, { arbitrary: hostileString, weight: 1 });
  const hostOption = option(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/u));
  const interfaceOption = option(fc.constantFrom("eth0", "enp1s0", "eth0.100", "br-lan", "wg_0", "a23456789012345"));
  const addressOption = option(fc.constantFrom("2a01:4f8::7/64", "2A01:04F8:0:0::7/64", "2001:db8::1/48", "2a01:4f8:c012:43b::1/128"));

  it("either writes a spec that validates, or refuses in one line and writes nothing", async () => {
    const outcomes = { written: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(hostOption, interfaceOption, addressOption, async (host, iface, address) => {
        const dir = tempDir("init");
        // The `=` form: a value that starts with a dash is still the option's value.
        const run = await podnet(["init", `--host=${host}`, `--interface=${iface}`, `--address=${address}`], dir);
        expectNoCrash(run);
        if (run.exitCode !== 0) {
          outcomes.refused++;
          expectRefused(run, /podnet: /u);
          expect(tree(dir)).toEqual([]);
          return;
        }
        outcomes.written++;
        const validated = await podnet(["validate", "podnet.yaml", "--json"], dir);
        expect(validated.exitCode, validated.stdout).toBe(0);
        expect(JSON.parse(validated.stdout).ok).toBe(true);
      }),
      runs(100),
    );
    // Both sides of the property were exercised, not only refusals.
    expect(outcomes.written).toBeGreaterThan(10);
    expect(outcomes.refused).toBeGreaterThan(10);
  });

  it.each([
    [["--interface", "eth 0"], '--interface: the string "eth 0" is not a valid Linux interface name'],
    [["--interface", "a-very-long-interface"], "--interface: "],
    [["--address", "2a01:4f8::7"], '--address: the string "2a01:4f8::7" has no prefix length'],
    [["--address", "fe80::1/64"], "--address: fe80::1 is not a global unicast address"],
    [["--host", "my host"], '--host: "my host" is not a valid host name'],
    [["--host", "edge\u001b[2J"], "--host edge\\x1b[2J contains a control character (U+001B)"],
    [["--address", "2a01:4f8::7/64\n# x"], "--address 2a01:4f8::7/64\\n# x contains a line break"],
  ])("names the option that is wrong: %j", async (args, message) => {
    const dir = tempDir("init-option");
    const run = await podnet(["init", "--host", "edge-7", ...args], dir);
    expectRefused(run, message);
    expect(tree(dir)).toEqual([]);
  });

  it("uses --host as typed: a dotted name is kept, not cut at the first dot", async () => {
    const dir = tempDir("init-host");
    expect((await podnet(["init", "--host", "edge.example"], dir)).exitCode).toBe(0);
    expect(readFileSync(path.join(dir, "podnet.yaml"), "utf8")).toContain('"edge.example":');
  });

  it.each([
    ["a missing folder", "missing/podnet.yaml", [], "the folder missing does not exist; create it first"],
    ["under a file", "a-file/podnet.yaml", [], "a-file is not a folder"],
    ["a folder, even with --force", "a-folder", ["--force"], "a-folder is a folder; --force replaces only a file"],
    ["an existing file", "podnet.yaml", [], "podnet.yaml exists; pass --force to replace it"],
    ["an empty name", "", [], "give the spec a file name"],
    [
      "a spec whose output folder is a file",
      "podnet.yaml",
      ["--host", "h"],
      /the output hosts\/h\/podnet\.nix of host h: .*a part of the path is a file/u,
    ],
  ] as const)("refuses a target that is %s, changing nothing", async (what, file, extra, message) => {
    const dir = tempDir("init-target");
    writeFileSync(path.join(dir, "a-file"), "x\n");
    mkdirSync(path.join(dir, "a-folder"));
    if (what === "an existing file") writeFileSync(path.join(dir, "podnet.yaml"), "mine\n");
    if (what === "a spec whose output folder is a file") writeFileSync(path.join(dir, "hosts"), "x\n");
    const before = tree(dir);
    expectRefused(await podnet(["init", file, ...extra], dir), message);
    expect(tree(dir)).toEqual(before);
  });

  it.skipIf(!existsSync("/sys/kernel"))("refuses a folder it cannot write in (/sys), leaving nothing", async () => {
    const run = await podnet(["init", "/sys/podnet.yaml", "--host", "h"], tempDir("init-sys"));
    expectRefused(run, /cannot write \/sys\/podnet\.yaml: (permission denied|the file system is read-only)/u);
    expect(existsSync("/sys/podnet.yaml")).toBe(false);
  });

  it("--force replaces a symlinked spec itself, not the file it points to", async () => {
    const dir = tempDir("init-force");
    writeFileSync(path.join(dir, "elsewhere.yaml"), "mine\n");
    symlinkSync("elsewhere.yaml", path.join(dir, "podnet.yaml"));
    const run = await podnet(["init", "--force", "--host", "h"], dir);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(readFileSync(path.join(dir, "elsewhere.yaml"), "utf8")).toBe("mine\n");
    expect(lstatSync(path.join(dir, "podnet.yaml")).isFile()).toBe(true);
  });
});

describe("--json: one JSON document on stdout, on every exit", () => {
  /** stdout parses as exactly one JSON value. */
  const jsonOf = (run: Run) => {
    expect(() => JSON.parse(run.stdout), `stdout: ${run.stdout}\nstderr: ${run.stderr}`).not.toThrow();
    return JSON.parse(run.stdout) as { ok: boolean; exitCode?: number; error?: { kind: string; message: string } };
  };

  it.each([
    ["an unknown option", ["validate", "podnet.yaml", "--json", "--frobnicate"], "unknown option '--frobnicate'"],
    ["a missing argument", ["validate", "--json"], "missing required argument 'spec'"],
    ["an unknown option carrying an escape sequence", ["ula", "--json", "--\u001b]0;pwned\u0007"], "unknown option '--\\x1b]0;pwned\\x07'"],
    ["a missing spec file", ["validate", "nope.yaml", "--json"], "cannot read spec nope.yaml: no such file"],
    ["a spec that is a folder", ["generate", ".", "--json"], "cannot read spec .: it is a directory"],
    ["a command without --json", ["schema", "--json"], "unknown option '--json'"],
    ["adr new", ["adr", "new", "x", "--json"], "unknown option '--json'"],
    ["an unknown command", ["frobnicate", "--json"], "unknown command 'frobnicate'"],
    ["check egress on a missing spec", ["check", "egress", "nope.yaml", "--json"], "cannot read spec nope.yaml"],
    ["check host on a missing spec", ["check", "host", "nope.yaml", "--json"], "cannot read spec nope.yaml"],
    ["dry-build without nixos-rebuild", ["dry-build", "--json", "--nixos-rebuild", "/nonexistent/nixos-rebuild"], "is not installed here"],
  ])("exit 2 (%s): ok false, the error in words; human text on stderr", async (_, args, message) => {
    const run = await podnet(args, tempDir("json"));
    expectNoCrash(run);
    expect(run.exitCode).toBe(2);
    const report = jsonOf(run);
    expect(report).toMatchObject({ ok: false, exitCode: 2, error: { kind: "usage" } });
    expect(report.error!.message).toContain(message);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/[\u001b\u009b]/u);
  });

  it("exit 1 without a report of the command's own (spec errors before a check): still JSON", async () => {
    const dir = tempDir("json-findings");
    writeFileSync(path.join(dir, "podnet.yaml"), "version: 1\nhosts: {}\nbogus: 1\n");
    const run = await podnet(["check", "host", "podnet.yaml", "--json"], dir);
    expect(run.exitCode).toBe(1);
    expect(jsonOf(run)).toMatchObject({ ok: false, exitCode: 1, error: { kind: "findings" } });
  });

  it("a --json after `--` is an argument, not the option", async () => {
    const run = await podnet(["adr", "new", "--dir", "records", "--", "--json"], tempDir("json-argument"));
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe("records/0001-json.md");
  });

  it("help asked with --json goes to stderr, and stdout stays JSON", async () => {
    const run = await podnet(["validate", "--json", "--help"], tempDir("json-help"));
    expect(run.exitCode).toBe(0);
    expect(jsonOf(run)).toEqual({ ok: true, exitCode: 0 });
    expect(run.stderr).toContain("Usage: podnet validate");
  });

  it("any arguments after a command that takes --json: stdout is one JSON document", async () => {
    const dir = tempDir("json-fuzz");
    const word = fc.oneof(
      fc.constantFrom(
        "--frob",
        "-x",
        "nope.yaml",
        ".",
        "",
        "--",
        "--host",
        "web-arm",
        "--check",
        "--network",
        "--timeout",
        "0",
        "--host-facts",
        "a=b",
        "\u001b[2J",
        "a\nb",
        "\ud800",
        "--help",
      ),
      fc.string({ maxLength: 8 }),
    );
    const command = fc.constantFrom(
      ["validate"],
      ["generate"],
      ["ula"],
      ["dry-build", "--nixos-rebuild", "/nonexistent/nixos-rebuild"],
      ["check", "egress"],
      ["check", "host"],
    );
    await fc.assert(
      fc.asyncProperty(command, fc.array(word, { maxLength: 4 }), fc.nat(4), async (words, extra, at) => {
        const args = [...words, ...extra];
        const end = args.indexOf("--");
        // --json must really be an option: before any `--`.
        args.splice(Math.min(words.length + at, end === -1 ? args.length : end), 0, "--json");
        const run = await podnet(args, dir);
        expectNoCrash(run);
        const report = jsonOf(run);
        if (run.exitCode !== 0) expect(report).toMatchObject({ ok: false, exitCode: run.exitCode });
        // What the user typed comes back escaped: no terminal escape sequence reaches stderr.
        expect(run.stderr).not.toMatch(/[\u001b\u009b]/u);
        expect(tree(dir)).toEqual([]);
      }),
      runs(150),
    );
  });
});
