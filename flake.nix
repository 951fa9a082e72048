{
  description = "podnet: dual-stack podman networks for NixOS, compiled from a spec and proven";

  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";

  outputs =
    { self, nixpkgs }:
    let
      systems = [
        "x86_64-linux"
        "aarch64-linux"
      ];
      forAllSystems = f: nixpkgs.lib.genAttrs systems (system: f nixpkgs.legacyPackages.${system});
      systemOf = pkgs: pkgs.stdenv.hostPlatform.system;
    in
    {
      packages = forAllSystems (pkgs: rec {
        podnet = pkgs.callPackage ./nix/package.nix { };
        default = podnet;
      });

      apps = forAllSystems (pkgs: {
        default = {
          type = "app";
          program = "${self.packages.${systemOf pkgs}.podnet}/bin/podnet";
        };
      });

      devShells = forAllSystems (pkgs: {
        default = pkgs.mkShell {
          packages = [
            pkgs.nodejs
            pkgs.podman
            pkgs.nix
            pkgs.nixos-rebuild
            pkgs.nixfmt-rfc-style
          ];
        };
      });

      # `nix flake check` builds the package (its install check compiles the example) and boots the
      # web-arm example in VMs, running `podnet check egress` inside.
      checks = forAllSystems (pkgs: {
        package = self.packages.${systemOf pkgs}.podnet;
        web-arm-egress = import ./nix/vm-test.nix {
          inherit pkgs;
          podnet = self.packages.${systemOf pkgs}.podnet;
        };
      });
    };
}
