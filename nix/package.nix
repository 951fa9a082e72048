# The podnet CLI, installed from the committed bundle in dist/ (see adr/0009-nix-package-from-committed-bundle.md).
#
# dist/ holds every npm dependency already, bundled by esbuild, and CI proves it byte-identical
# to a fresh build of src/. So this package needs no npm registry, no lock file URLs and no
# dependency hash: only Node and the files below.
{
  lib,
  stdenvNoCC,
  nodejs,
  runtimeShell,
}:

stdenvNoCC.mkDerivation {
  pname = "podnet";
  version = (lib.importJSON ../package.json).version;

  src = lib.fileset.toSource {
    root = ../.;
    fileset = lib.fileset.unions [
      ../package.json
      ../bin
      ../dist
      ../examples
    ];
  };

  dontConfigure = true;
  dontBuild = true;

  installPhase = ''
    runHook preInstall
    mkdir -p "$out/lib/podnet" "$out/bin"
    cp -r package.json bin dist "$out/lib/podnet/"
    printf '#!%s\nexec %s %s "$@"\n' \
      ${lib.escapeShellArg runtimeShell} \
      ${lib.escapeShellArg (lib.getExe nodejs)} \
      "$out/lib/podnet/bin/podnet.js" > "$out/bin/podnet"
    chmod +x "$out/bin/podnet"
    runHook postInstall
  '';

  # The installed CLI compiles the bundled example: proves the bundle and templates are complete.
  doInstallCheck = true;
  installCheckPhase = ''
    runHook preInstallCheck
    work=$(mktemp -d)
    cp -r examples/. "$work/"
    chmod -R u+w "$work"
    "$out/bin/podnet" --help > /dev/null
    "$out/bin/podnet" generate --check "$work/web-arm.yaml"
    rm -rf "$work"
    runHook postInstallCheck
  '';

  meta = {
    description = "Compile a dual-stack podman network spec into NixOS modules, and prove the result";
    license = lib.licenses.mit;
    mainProgram = "podnet";
    platforms = lib.platforms.linux;
  };
}
