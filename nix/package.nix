# The podnet CLI. importNpmLock reads package-lock.json directly, so no npmDepsHash has to be
# computed by hand when dependencies change.
{
  lib,
  buildNpmPackage,
  importNpmLock,
  nodejs_20,
}:

buildNpmPackage {
  pname = "podnet";
  version = (lib.importJSON ../package.json).version;

  src = lib.fileset.toSource {
    root = ../.;
    fileset = lib.fileset.unions [
      ../package.json
      ../package-lock.json
      ../tsconfig.json
      ../bin
      ../src
      ../templates
    ];
  };

  nodejs = nodejs_20;
  npmDeps = importNpmLock { npmRoot = ../.; };
  npmConfigHook = importNpmLock.npmConfigHook;
  # Dev-only dependencies (testcontainers' ssh2) carry native install scripts the build never needs.
  npmFlags = [ "--ignore-scripts" ];
  npmBuildScript = "build";

  meta = {
    description = "Compile a dual-stack podman network spec into NixOS modules, and prove the result";
    license = lib.licenses.mit;
    mainProgram = "podnet";
    platforms = lib.platforms.linux;
  };
}
