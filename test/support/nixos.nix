# A stand-in for the parts of a NixOS evaluation that podnet's module meets, for real Nix without
# nixpkgs. It follows nixpkgs' lib/modules.nix where podnet depends on it:
#
# - `config` is the fixpoint of all modules, so conditions read other options lazily and a
#   definition that depends on itself fails with infinite recursion, as in NixOS;
# - mkIf / mkMerge are discharged and mkOverride priorities filtered per option (filterOverrides):
#   only the definitions with the highest priority (lowest number) take part in the merge;
# - lists concatenate (listOf), `lines` join with newlines, boot.kernel.sysctl values merge with
#   mergeOneOption (two definitions left at one priority fail, even when equal, as
#   nixos/modules/config/sysctl.nix does), every other leaf with mergeEqualOption;
# - attrsOf-style options (containers, services, interfaces, networks, sysctl) drop keys whose
#   definitions are all mkIf false; declared submodule options have fixed keys and defaults;
# - oci-containers' `image` has no default: reading it from a container nobody declared throws
#   the error NixOS throws;
# - nixpkgs' own assertions that podnet meets (firewalld backend, filterForward), then the
#   top-level check: failed assertions abort before any unit (which reads `image`) is built.
#
# Arguments: `modules`: a list of modules (functions of { config, lib, ... } or attribute sets);
# `release`: "25.11" (default) or "24.05": no networking.firewall.backend, and oci-containers
# without the `networks`, `serviceName` and `podman` options (all added in 24.11).
{
  modules,
  release ? "25.11",
}:
let
  inherit (builtins)
    all
    any
    attrNames
    concatMap
    concatStringsSep
    elem
    filter
    foldl'
    hasAttr
    head
    isAttrs
    isFunction
    isList
    isString
    length
    listToAttrs
    map
    ;

  lib = rec {
    mkIf = condition: content: {
      _type = "if";
      inherit condition content;
    };
    mkMerge = contents: {
      _type = "merge";
      inherit contents;
    };
    mkOverride = priority: content: {
      _type = "override";
      inherit priority content;
    };
    mkForce = mkOverride 50;
    mkDefault = mkOverride 1000;
    mkOptionDefault = mkOverride 1500;
    hasPrefix = prefix: text: builtins.substring 0 (builtins.stringLength prefix) text == prefix;
    optional = condition: value: if condition then [ value ] else [ ];
    optionals = condition: values: if condition then values else [ ];
    attrValues = set: map (name: set.${name}) (attrNames set);
    concatStringsSep = builtins.concatStringsSep;
    mapAttrs = builtins.mapAttrs;
  };

  kind = value: if isAttrs value then value._type or null else null;
  # mkIf and mkMerge removed; an mkOverride stays around each definition it covers.
  discharge =
    value:
    let
      k = kind value;
    in
    if k == "if" then
      (if value.condition then discharge value.content else [ ])
    else if k == "merge" then
      concatMap discharge value.contents
    else if k == "override" then
      map (content: {
        _type = "override";
        inherit (value) priority;
        content = contentOf content;
      }) (discharge value.content)
    else
      [ value ];
  contentOf = value: if kind value == "override" then value.content else value;
  priorityOf = value: if kind value == "override" then value.priority else 100;
  rewrap = definition: content: if kind definition == "override" then definition // { inherit content; } else content;
  highest =
    definitions:
    let
      best = foldl' (m: d: if priorityOf d < m then priorityOf d else m) 99999 definitions;
    in
    filter (d: priorityOf d == best) definitions;
  unique = foldl' (seen: x: if elem x seen then seen else seen ++ [ x ]) [ ];
  isSet = value: isAttrs value && kind value == null && !(value ? outPath);
  showPath = path: concatStringsSep "." path;
  startsWith = prefix: path: length path >= length prefix && builtins.genList (i: builtins.elemAt path i) (length prefix) == prefix;

  # attrsOf-style options: a key exists only if some definition of it survives mkIf.
  freeform = [
    [ "boot" "kernel" "sysctl" ]
    [ "networking" "firewall" "interfaces" ]
    [ "virtualisation" "oci-containers" "containers" ]
    [ "systemd" "services" ]
    [ "systemd" "network" "networks" ]
    [ "environment" "etc" ]
  ];
  linesOptions = [
    [ "networking" "firewall" "extraForwardRules" ]
    [ "networking" "firewall" "extraInputRules" ]
  ];

  absent = {
    _absent = true;
  };

  mergeAt =
    path: definitions:
    let
      discharged = concatMap discharge definitions;
    in
    if discharged == [ ] then
      absent
    else if all (d: isSet (contentOf d)) discharged then
      mergeSet path discharged
    else
      mergeLeaf path (highest discharged);

  mergeSet =
    path: definitions:
    let
      keys = unique (concatMap (d: attrNames (contentOf d)) definitions);
      definitionsOf =
        key:
        concatMap (d: let c = contentOf d; in if hasAttr key c then [ (rewrap d c.${key}) ] else [ ]) definitions;
      present = key: !(elem path freeform) || concatMap discharge (definitionsOf key) != [ ];
    in
    listToAttrs (
      map (key: {
        name = key;
        value = mergeAt (path ++ [ key ]) (definitionsOf key);
      }) (filter present keys)
    );

  mergeLeaf =
    path: definitions:
    let
      values = map contentOf definitions;
      first = head values;
    in
    if all isList values then
      concatMap (v: v) values
    else if elem path linesOptions then
      concatStringsSep "\n" values
    else if startsWith [ "boot" "kernel" "sysctl" ] path then
      (
        if length values == 1 then
          first
        else
          throw "The option `${showPath path}' is defined multiple times while it's expected to be unique."
      )
    else if all (v: v == first) values then
      first
    else
      throw "The option `${showPath path}' has conflicting definition values.";

  # Defaults of the nixpkgs options podnet reads, at option-default priority, as nixpkgs declares them.
  nixpkgsDefaults =
    { config, ... }:
    {
      virtualisation.podman.enable = lib.mkOptionDefault false;
      virtualisation.podman.package = lib.mkOptionDefault "/nix/store/stand-in-podman";
      virtualisation.oci-containers.backend = lib.mkOptionDefault "podman";
      virtualisation.oci-containers.containers = { };
      virtualisation.docker.enable = lib.mkOptionDefault false;
      virtualisation.containers.containersConf.settings = { };
      networking.nftables.enable = lib.mkOptionDefault false;
      networking.firewall.enable = lib.mkOptionDefault true;
      networking.firewall.filterForward = lib.mkOptionDefault false;
      networking.firewall.extraForwardRules = lib.mkOptionDefault "";
      networking.firewall.interfaces = { };
      services.firewalld.enable = lib.mkOptionDefault false;
      systemd.network.enable = lib.mkOptionDefault false;
      systemd.network.networks = { };
      systemd.services = { };
      boot.kernel.sysctl = { };
      assertions = [
        # nixos/modules/services/networking/firewall-firewalld.nix
        {
          assertion = !(config.networking.firewall.enable && (config.networking.firewall.backend or null) == "firewalld") || config.networking.firewall.interfaces == { };
          message = "Per interface configurations is not supported with the firewalld based firewall.";
        }
        # nixos/modules/services/networking/firewall.nix
        {
          assertion = config.networking.firewall.filterForward -> config.networking.nftables.enable;
          message = "filterForward only works with the nftables based firewall";
        }
      ];
    };
  # networking.firewall.backend (NixOS 25.05 and later), defaulting as nixpkgs' firewall.nix does.
  firewallBackendOption =
    { config, ... }:
    {
      networking.firewall.backend = lib.mkOptionDefault (
        if config.services.firewalld.enable then
          "firewalld"
        else if config.networking.nftables.enable then
          "nftables"
        else
          "iptables"
      );
    };
  nixpkgsModules = [ nixpkgsDefaults ] ++ (if release == "24.05" then [ ] else [ firewallBackendOption ]);

  # oci-containers' per-container options: `podman` is a submodule under the podman backend and
  # null under docker; `image` has no default at all.
  containerDefaults =
    name:
    {
      image = throw "The option `virtualisation.oci-containers.containers.${name}.image' was accessed but has no value defined. Try setting the option.";
      extraOptions = [ ];
      dependsOn = [ ];
    }
    // (
      if release == "24.05" then
        { }
      else
        {
          networks = [ ];
          serviceName = "${merged.virtualisation.oci-containers.backend}-${name}";
        }
    );
  # Each option's merged value, or its default when no definition survived. Lazy per option, as
  # NixOS is: reading one option of a container never evaluates another one.
  withDefaults =
    name: container:
    let
      defaults = containerDefaults name;
      isAbsent = value: isAttrs value && value ? _absent;
      pick = option: if hasAttr option container && !(isAbsent container.${option}) then container.${option} else defaults.${option};
      podman = if hasAttr "podman" container && !(isAbsent container.podman) then container.podman else { };
    in
    container
    // builtins.mapAttrs (option: _: pick option) defaults
    // (
      if release == "24.05" then
        { }
      else
        {
          podman = if merged.virtualisation.oci-containers.backend == "podman" then { user = "root"; } // podman else null;
        }
    );

  args = {
    inherit config lib;
    pkgs = builtins.listToAttrs (
      map (name: {
        inherit name;
        value = "/nix/store/stand-in-${name}";
      }) [ "iptables" "gawk" "gnugrep" "coreutils" ]
    );
    options = { };
  };
  apply = module: if isFunction module then module args else module;
  merged = mergeAt [ ] (map apply (nixpkgsModules ++ modules));
  config = merged // {
    virtualisation = merged.virtualisation // {
      oci-containers = merged.virtualisation.oci-containers // {
        containers = builtins.mapAttrs withDefaults merged.virtualisation.oci-containers.containers;
      };
    };
  };

  failedAssertions = map (a: a.message) (filter (a: !a.assertion) config.assertions);
  sysctl = config.boot.kernel.sysctl;
  # /etc/sysctl.d/60-nixos.conf as nixos/modules/config/sysctl.nix writes it: keys sorted by name.
  sysctlConf = concatStringsSep "" (
    map (
      name:
      let
        value = sysctl.${name};
      in
      if value == null then "" else "${name}=${if value == false then "0" else if value == true then "1" else toString value}\n"
    ) (attrNames sysctl)
  );
in
{
  # failedAssertions and sysctlConf are also given ungated, for tests that compare the
  # assertions' verdict with what systemd-sysctl makes of the file.
  inherit config lib failedAssertions sysctlConf;
  # What nixos-rebuild builds: assertions first (nixos/modules/system/activation/top-level.nix),
  # then the units, whose scripts read every container's image, and /etc/sysctl.d/60-nixos.conf.
  toplevel =
    if failedAssertions != [ ] then
      throw "\nFailed assertions:\n${concatStringsSep "\n" (map (m: "- ${m}") failedAssertions)}"
    else
      {
        containerImages = builtins.mapAttrs (name: container: container.image) config.virtualisation.oci-containers.containers;
        inherit sysctlConf;
      };
}
