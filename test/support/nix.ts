/**
 * Evaluate a generated module with real Nix but without nixpkgs: small stand-ins for `config`
 * and `lib` let `nix-instantiate --eval --strict` pull values out of the module as it ships.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { execa } from "execa";
import { nixString } from "../../src/compile/escape.js";

export interface StandInConfig {
  backend?: string;
  podmanEnable?: boolean;
  nftables?: boolean;
  /** extraOptions / networks / podman.user / serviceName per container. */
  containers?: Record<string, { extraOptions?: string[]; networks?: string[]; podmanUser?: string; serviceName?: string }>;
}

function containersNix(containers: NonNullable<StandInConfig["containers"]>): string {
  const entries = Object.entries(containers).map(([name, c]) => {
    const fields = [
      c.extraOptions ? `extraOptions = [ ${c.extraOptions.map(nixString).join(" ")} ];` : "",
      c.networks ? `networks = [ ${c.networks.map(nixString).join(" ")} ];` : "",
      c.podmanUser ? `podman = { user = ${nixString(c.podmanUser)}; };` : "",
      c.serviceName ? `serviceName = ${nixString(c.serviceName)};` : "",
    ];
    return `${nixString(name)} = { ${fields.join(" ")} };`;
  });
  return `{ ${entries.join(" ")} }`;
}

/** Evaluates `expression` (Nix, with `module` bound to the module's attribute set) to JSON. */
export async function evalModule(moduleFile: string, expression: string, standIn: StandInConfig = {}): Promise<unknown> {
  const dir = mkdtempSync(path.join(tmpdir(), "podnet-nix-"));
  const file = path.join(dir, "eval.nix");
  writeFileSync(
    file,
    `let
  lib = (import ${nixString(path.join(import.meta.dirname, "nixos.nix"))} { modules = [ ]; }).lib;
  config = {
    virtualisation.oci-containers.backend = ${nixString(standIn.backend ?? "podman")};
    virtualisation.oci-containers.containers = ${containersNix(standIn.containers ?? {})};
    virtualisation.podman = { enable = ${standIn.podmanEnable === false ? "false" : "true"}; package = "/nix/store/stand-in-podman"; };
    networking.nftables.enable = ${standIn.nftables ? "true" : "false"};
  };
  module = import ${nixString(path.resolve(moduleFile))} { inherit config lib; pkgs = { iptables = "/nix/store/stand-in-iptables"; gawk = "/nix/store/stand-in-gawk"; gnugrep = "/nix/store/stand-in-gnugrep"; coreutils = "/nix/store/stand-in-coreutils"; }; };
in
${expression}
`,
  );
  try {
    const { stdout } = await execa("nix-instantiate", ["--eval", "--strict", "--json", file], {
      env: { NIX_STATE_DIR: path.join(dir, "state") },
    });
    return JSON.parse(stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function parseNix(file: string): Promise<void> {
  await execa("nix-instantiate", ["--parse", file], { stdout: "ignore" });
}

export interface NixosEval {
  readonly ok: boolean;
  /** The expression's value as JSON when ok. */
  readonly value?: unknown;
  /** Nix's error text when not ok (a failed assertion, a merge conflict, a missing option …). */
  readonly error?: string;
}

/**
 * Evaluates `expression` against a stand-in NixOS configuration (test/support/nixos.nix) made of
 * the generated module and `host`, the host's own configuration as Nix source text
 * (`{ config, lib, ... }: { … }`). In `expression`, `config` is the merged configuration and
 * `toplevel` what nixos-rebuild builds (it fails on failed assertions, as NixOS does);
 * `failedAssertions` and `sysctlConf` are the same without that gate.
 */
export async function evalNixos(
  moduleFile: string,
  host: string,
  expression: string,
  options: { release?: string } = {},
): Promise<NixosEval> {
  const dir = mkdtempSync(path.join(tmpdir(), "podnet-nixos-"));
  const hostFile = path.join(dir, "host.nix");
  writeFileSync(hostFile, host);
  const file = path.join(dir, "eval.nix");
  writeFileSync(
    file,
    `let
  system = import ${nixString(path.join(import.meta.dirname, "nixos.nix"))} {
    modules = [ (import ${nixString(path.resolve(moduleFile))}) (import ${nixString(hostFile)}) ];
    release = ${nixString(options.release ?? "25.11")};
  };
  inherit (system) config toplevel failedAssertions sysctlConf;
in
${expression}
`,
  );
  const result = await execa("nix-instantiate", ["--eval", "--strict", "--json", file], {
    env: { NIX_STATE_DIR: path.join(dir, "state") },
    reject: false,
  });
  rmSync(dir, { recursive: true, force: true });
  return result.exitCode === 0 ? { ok: true, value: JSON.parse(result.stdout) } : { ok: false, error: String(result.stderr) };
}
