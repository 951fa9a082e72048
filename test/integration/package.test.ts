/**
 * The Nix package, as far as it can be proven without nixpkgs: real Nix evaluates nix/package.nix
 * with stand-ins for the nixpkgs functions it calls, then its install and install-check phases run
 * with real bash over exactly the files its fileset selects (no node_modules, no registry), and
 * the installed `podnet` compiles the example. The committed bundle it installs is a fresh build.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { execa } from "execa";
import { expect, it } from "vitest";
import { bundle } from "../../scripts/bundle.mjs";
import { root } from "../support/files.js";
import { describeWith } from "../support/tools.js";

// Stand-ins with nixpkgs' semantics for what package.nix calls. `fileset.toSource` returns the
// selected paths so the test can lay out the same source tree Nix would.
const evalPackage = `
  let
    lib = {
      importJSON = file: builtins.fromJSON (builtins.readFile file);
      fileset = { toSource = { root, fileset }: { paths = map toString fileset; }; unions = files: files; };
      escapeShellArg = s: "'" + builtins.replaceStrings [ "'" ] [ "'\\\\''" ] (toString s) + "'";
      getExe = drv: "\${drv}/bin/\${drv.meta.mainProgram}";
      licenses.mit = "mit"; platforms.linux = [ "x86_64-linux" ];
    };
    nodejs = { outPath = builtins.getEnv "NODE_PREFIX"; meta.mainProgram = "node"; };
    stdenvNoCC.mkDerivation = attrs: attrs;
    p = import ./nix/package.nix { inherit lib stdenvNoCC nodejs; runtimeShell = builtins.getEnv "RUNTIME_SHELL"; };
  in {
    inherit (p) pname version installPhase installCheckPhase doInstallCheck dontBuild;
    src = p.src.paths;
    main = p.meta.mainProgram;
  }`;

interface EvaluatedPackage {
  pname: string;
  version: string;
  installPhase: string;
  installCheckPhase: string;
  doInstallCheck: boolean;
  dontBuild: boolean;
  src: string[];
  main: string;
}

async function evaluatedPackage(): Promise<EvaluatedPackage> {
  const { stdout } = await execa("nix-instantiate", ["--eval", "--strict", "--json", "-E", evalPackage], {
    cwd: root,
    env: { NODE_PREFIX: path.dirname(path.dirname(process.execPath)), RUNTIME_SHELL: "/bin/bash" },
  });
  return JSON.parse(stdout) as EvaluatedPackage;
}

/** Runs a phase as stdenv would: bash, in the unpacked source, with $out set and hooks as no-ops. */
async function runPhase(phase: string, src: string, out: string) {
  return execa("bash", ["-euo", "pipefail", "-c", `runHook() { :; }\n${phase}`], {
    cwd: src,
    env: { out, PATH: "/usr/bin:/bin", HOME: src, NO_COLOR: "1" },
    extendEnv: false,
    reject: false,
  });
}

describeWith({ commands: ["nix-instantiate", "bash"] }, "the Nix package", () => {
  it("installs from its fileset alone and the installed podnet compiles the example", async () => {
    const pkg = await evaluatedPackage();
    const version = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).version;
    expect(pkg).toMatchObject({ pname: "podnet", version, main: "podnet", doInstallCheck: true, dontBuild: true });

    // The source tree Nix would unpack: exactly the fileset, nothing from node_modules.
    const work = mkdtempSync(path.join(tmpdir(), "podnet-package-"));
    const src = path.join(work, "source");
    const out = path.join(work, "out");
    for (const selected of pkg.src) {
      expect(selected.startsWith(`${root}/`), selected).toBe(true);
      cpSync(selected, path.join(src, path.relative(root, selected)), { recursive: true });
    }
    expect(readdirSync(src).sort()).toEqual(["bin", "dist", "examples", "package.json"]);

    const install = await runPhase(pkg.installPhase, src, out);
    expect(install.exitCode, install.stderr).toBe(0);
    const wrapper = readFileSync(path.join(out, "bin/podnet"), "utf8");
    expect(wrapper).toBe(`#!/bin/bash\nexec ${process.execPath} ${out}/lib/podnet/bin/podnet.js "$@"\n`);

    const check = await runPhase(pkg.installCheckPhase, src, out);
    expect(check.exitCode, check.stderr).toBe(0);
    expect(check.stderr).toContain("1 generated file up to date");

    // And as a user runs it: generate into an empty folder gives the committed example module.
    const user = path.join(work, "user");
    cpSync(path.join(root, "examples/web-arm.yaml"), path.join(user, "web-arm.yaml"), { recursive: true });
    const generated = await execa(path.join(out, "bin/podnet"), ["generate", "web-arm.yaml"], {
      cwd: user,
      reject: false,
      env: { NO_COLOR: "1" },
    });
    expect(generated.exitCode, generated.stderr).toBe(0);
    expect(readFileSync(path.join(user, "hosts/web-arm/podnet.nix"), "utf8")).toBe(
      readFileSync(path.join(root, "examples/hosts/web-arm/podnet.nix"), "utf8"),
    );
    rmSync(work, { recursive: true, force: true });
  });
});

it("the committed bundle in dist/bundle/ is byte-identical to a fresh build of src/", async () => {
  const fresh = mkdtempSync(path.join(tmpdir(), "podnet-bundle-"));
  await bundle(fresh);
  const files = (dir: string) => readdirSync(dir).sort();
  const stale = "dist/ is not a fresh build of src/: run `npm run build` and commit dist/";
  expect(files(path.join(root, "dist/bundle")), stale).toEqual(files(fresh));
  for (const file of files(fresh)) {
    expect(
      readFileSync(path.join(root, "dist/bundle", file)).equals(readFileSync(path.join(fresh, file))),
      `${stale} (${file} differs)`,
    ).toBe(true);
  }
  rmSync(fresh, { recursive: true, force: true });
});
