/**
 * flake.nix and nix/: no nixpkgs here, so real Nix parses them and evaluates the parts that do not
 * need nixpkgs, with stand-ins for the nixpkgs functions they call.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { execa } from "execa";
import { expect, it } from "vitest";
import { root } from "../support/files.js";
import { parseNix } from "../support/nix.js";
import { describeWith } from "../support/tools.js";

const evalJson = async (expression: string) =>
  JSON.parse((await execa("nix-instantiate", ["--eval", "--strict", "--json", "-E", expression], { cwd: root })).stdout);

describeWith({ commands: ["nix-instantiate"] }, "flake and nix/", () => {
  it("flake.nix and every nix/*.nix parse", async () => {
    const files = [
      "flake.nix",
      ...readdirSync(path.join(root, "nix"))
        .filter((f) => f.endsWith(".nix"))
        .map((f) => `nix/${f}`),
    ];
    expect(files).toEqual(expect.arrayContaining(["flake.nix", "nix/package.nix", "nix/vm-test.nix"]));
    for (const file of files) await parseNix(path.join(root, file));
  });

  it("the flake takes nixpkgs 25.11 and has the outputs a NixOS user expects", async () => {
    const flake = await evalJson(
      `let f = import ./flake.nix; in { url = f.inputs.nixpkgs.url; args = builtins.attrNames (builtins.functionArgs f.outputs); }`,
    );
    expect(flake).toEqual({ url: "github:NixOS/nixpkgs/nixos-25.11", args: ["nixpkgs", "self"] });
    const outputs = await evalJson(`
      let
        pkgs = {
          stdenv.hostPlatform.system = "x86_64-linux";
          callPackage = file: args: { drv = baseNameOf file; outPath = "/nix/store/stand-in-podnet"; };
          mkShell = attrs: { shell = map toString attrs.packages; };
          nodejs = "nodejs"; podman = "podman"; nix = "nix"; nixos-rebuild = "nixos-rebuild"; nixfmt-rfc-style = "nixfmt";
          testers.runNixOSTest = test: { vmTest = test.name; };
          dockerTools.buildImage = attrs: attrs; busybox = "busybox"; python3 = "python3";
        };
        nixpkgs = { lib.genAttrs = names: f: builtins.listToAttrs (map (n: { name = n; value = f n; }) names); legacyPackages = { x86_64-linux = pkgs; aarch64-linux = pkgs; }; };
        self = outputs;
        outputs = (import ./flake.nix).outputs { inherit self nixpkgs; };
        x = outputs;
      in {
        package = x.packages.x86_64-linux.default.drv;
        app = x.apps.x86_64-linux.default;
        shell = x.devShells.x86_64-linux.default.shell;
        check = x.checks.x86_64-linux.web-arm-egress.vmTest;
        packageCheck = x.checks.x86_64-linux.package.drv;
      }`);
    expect(outputs.package).toBe("package.nix");
    expect(outputs.app.type).toBe("app");
    expect(outputs.app.program).toBe("/nix/store/stand-in-podnet/bin/podnet");
    // Node as nixpkgs' default, so the shell follows the release instead of pinning an old major.
    expect(outputs.shell).toEqual(expect.arrayContaining(["nodejs", "podman", "nixos-rebuild"]));
    expect(outputs.packageCheck).toBe("package.nix");
    expect(outputs.check).toBe("podnet-web-arm-egress");
  });

  it("the VM test imports the example's generated module, keeps only the spec's address on the uplink, and waits for every container", async () => {
    const test = await vmTest();
    expect(test.imports).toEqual([path.join(root, "examples/hosts/web-arm/podnet.nix")]);
    expect(test.containers).toEqual(["collabora", "rustdesk-server", "throwaway"]);
    // mkForce: the test driver's own 2001:db8:1::/64 address must not stay on the uplink.
    expect(test.uplink).toEqual({ _type: "override", priority: 50, content: [{ address: "2a01:4f8:c012:43b::1", prefixLength: 64 }] });
  });

  // Each scenario breaks one thing the script claims to prove; the script must fail on each.
  const scenarios = {
    good: "passed",
    "driver-address": "failed",
    "network-recreated": "failed",
    "container-restarted": "failed",
    "recreated-log": "failed",
    "driver-source": "failed",
    "untouched-missing": "failed",
  } as const;
  it("the VM test script passes on a correct host and fails when any step's claim is false (stand-in driver)", async () => {
    const test = await vmTest();
    const dir = mkdtempSync(path.join(tmpdir(), "podnet-vmtest-"));
    const script = path.join(dir, "testScript.py");
    writeFileSync(script, test.testScript);
    for (const [scenario, expected] of Object.entries(scenarios)) {
      const { stdout } = await execa("python3", [path.join(root, "test/support/vm-driver.py"), script, scenario]);
      const run = JSON.parse(stdout) as { outcome: string; calls: string[] };
      expect(run.outcome.startsWith(expected), `${scenario}: ${run.outcome}`).toBe(true);
      if (scenario !== "good") continue;
      // Every container waited for (and running) before anything is checked.
      const waits = run.calls.filter((call) => call.startsWith("webarm.wait_for_unit podman-"));
      expect(waits).toEqual([
        "webarm.wait_for_unit podman-throwaway.service",
        "webarm.wait_for_unit podman-collabora.service",
        "webarm.wait_for_unit podman-rustdesk-server.service",
      ]);
      const firstCheck = run.calls.findIndex((call) => call.includes("podnet check egress"));
      expect(run.calls.findIndex((call) => call.includes("rustdesk-server"))).toBeLessThan(firstCheck);
      // The oneshot reruns without restarting what requires it.
      expect(run.calls).toContain("webarm.succeed systemctl restart --job-mode=ignore-dependencies podnet-network-v6egress.service");
    }
  });
});

describeWith({ commands: ["nix-instantiate", "mypy"] }, "the VM test script's types", () => {
  // The NixOS test driver runs mypy over every testScript, with its own names declared first,
  // and refuses to build the test on any error (e.g. a variable that shadows the driver's `log`).
  it("type-checks against the driver's names", async () => {
    const test = await vmTest();
    const dir = mkdtempSync(path.join(tmpdir(), "podnet-vmtypes-"));
    const file = path.join(dir, "test_script.py");
    writeFileSync(file, `${readFileSync(path.join(root, "test/support/vm-driver-api.py"), "utf8")}\n${test.testScript}`);
    const result = await execa(
      "mypy",
      ["--no-error-summary", "--no-incremental", "--cache-dir=/dev/null", "--disable-error-code=empty-body", file],
      { reject: false },
    );
    expect(result.exitCode, result.stdout).toBe(0);
  });
});

async function vmTest(): Promise<{ imports: string[]; containers: string[]; uplink: unknown; testScript: string }> {
  return evalJson(`
    let
      lib = {
        mkForce = content: { _type = "override"; priority = 50; inherit content; };
        genAttrs = names: f: builtins.listToAttrs (map (n: { name = n; value = f n; }) names);
      };
      pkgs = { inherit lib; testers.runNixOSTest = t: t; dockerTools.buildImage = a: a; busybox = "busybox"; python3 = "python3"; };
      t = import ./nix/vm-test.nix { inherit pkgs; podnet = "podnet"; };
    in {
      inherit (t) testScript;
      imports = map toString t.nodes.webarm.imports;
      containers = builtins.attrNames t.nodes.webarm.virtualisation.oci-containers.containers;
      uplink = t.nodes.webarm.networking.interfaces.eth1.ipv6.addresses;
    }`);
}
