# NixOS VM test of the user story: host web-arm imports the module generated from
# examples/web-arm.yaml; an upstream node plays the IPv6 internet with a v6-only destination
# and an echo endpoint. Inside web-arm, `podnet check egress` must pass every criterion.
# Run with `nix flake check` (or `nix build .#checks.x86_64-linux.web-arm-egress`).
{ pkgs, podnet }:

let
  inherit (pkgs) lib;
  probeImage = pkgs.dockerTools.buildImage {
    name = "localhost/podnet-probe";
    tag = "latest";
    copyToRoot = [ pkgs.busybox ];
    config.Cmd = [ "/bin/sh" ];
  };
  probeContainer = {
    image = "localhost/podnet-probe:latest";
    imageFile = probeImage;
    cmd = [
      "sleep"
      "86400"
    ];
  };
  uplink = "2a01:4f8:c012:43b::1";
  upstream = "2a01:4f8:c012:43b::2";
  v6OnlyDestination = "2001:db8:2::80";
  v4Destination = "192.0.2.80";
  containers = [
    "throwaway"
    "collabora"
    "rustdesk-server"
  ];
in
pkgs.testers.runNixOSTest {
  name = "podnet-web-arm-egress";

  nodes.upstream = {
    virtualisation.vlans = [ 1 ];
    networking.interfaces.eth1.ipv6.addresses = [
      {
        address = upstream;
        prefixLength = 64;
      }
    ];
    networking.interfaces.lo.ipv6.addresses = [
      {
        address = v6OnlyDestination;
        prefixLength = 128;
      }
    ];
    networking.interfaces.lo.ipv4.addresses = [
      {
        address = v4Destination;
        prefixLength = 32;
      }
    ];
    networking.firewall.allowedTCPPorts = [ 80 ];
    systemd.services.echo = {
      wantedBy = [ "multi-user.target" ];
      script = "${pkgs.python3}/bin/python3 ${./echo-server.py}";
    };
  };

  nodes.webarm = {
    imports = [ ../examples/hosts/web-arm/podnet.nix ];
    networking.hostName = "web-arm";
    virtualisation.vlans = [ 1 ];
    virtualisation.memorySize = 2048;
    # The test driver gives eth1 an address from 2001:db8:1::/64 as well. It would be the better
    # source address for 2001:db8:2::80 (longer common prefix), so the NAT66 source would be the
    # driver's, not the story's: the uplink carries only the spec's address, as on web-arm.
    networking.interfaces.eth1.ipv6.addresses = lib.mkForce [
      {
        address = uplink;
        prefixLength = 64;
      }
    ];
    networking.defaultGateway6 = {
      address = upstream;
      interface = "eth1";
    };
    virtualisation.podman.enable = true;
    virtualisation.oci-containers.backend = "podman";
    virtualisation.oci-containers.containers = lib.genAttrs containers (_: probeContainer);
    environment.systemPackages = [ podnet ];
    environment.etc."podnet/web-arm.yaml".source = ../examples/web-arm.yaml;
  };

  testScript = ''
    import json

    start_all()
    upstream.wait_for_unit("echo.service")
    upstream.wait_for_open_port(80)
    webarm.wait_for_unit("podnet-network-v6egress.service")
    for container in ${builtins.toJSON containers}:
        webarm.wait_for_unit(f"podman-{container}.service")
        webarm.wait_until_succeeds(f"test \"$(podman inspect --format '{{{{.State.Running}}}}' {container})\" = true")

    # The only global IPv6 address on the uplink is the spec's: the NAT66 source to expect.
    addresses = webarm.succeed("ip -6 -o addr show dev eth1 scope global")
    assert "${uplink}/64" in addresses and "2001:db8:" not in addresses, addresses

    # The default route for IPv4 comes from the test driver's vlan; reach the v4 destination via upstream.
    webarm.succeed("ip route add ${v4Destination}/32 via $(getent ahostsv4 upstream | head -n1 | cut -d' ' -f1)")

    # Idempotent: the oneshot runs again while the container is attached, without restarting the
    # container (ignore-dependencies keeps systemd from propagating the restart through
    # requiredBy), says the network is up to date, and changes nothing.
    network_id = webarm.succeed("podman network inspect --format '{{.ID}}' v6egress").strip()
    container = webarm.succeed("podman inspect --format '{{.Id}} {{.State.StartedAt}}' throwaway").strip()
    webarm.succeed("systemctl restart --job-mode=ignore-dependencies podnet-network-v6egress.service")
    # journald reads the unit's output asynchronously: flush it before reading this invocation's lines.
    journal = webarm.wait_until_succeeds(
        "journalctl --sync && journalctl -o cat"
        " _SYSTEMD_INVOCATION_ID=$(systemctl show -P InvocationID podnet-network-v6egress.service)"
        " | grep -F 'podnet: network v6egress is up to date'"
    )
    assert "is up to date" in journal, journal
    assert webarm.succeed("podman network inspect --format '{{.ID}}' v6egress").strip() == network_id
    assert webarm.succeed("podman inspect --format '{{.Id}} {{.State.StartedAt}}' throwaway").strip() == container
    webarm.succeed("test \"$(podman inspect --format '{{.State.Running}}' throwaway)\" = true")

    report = json.loads(webarm.succeed(
        "podnet check egress /etc/podnet/web-arm.yaml --host web-arm --json"
        " --echo6 http://[${v6OnlyDestination}]/ --echo4 http://${v4Destination}/"
        " --probe-image localhost/podnet-probe:latest --timeout 5"
    ))
    status = {(c["id"], c["subject"]): c for c in report["criteria"]}
    assert report["ok"], report
    nat66 = status[("nat66-source", "v6egress")]
    assert nat66["status"] == "pass" and "${uplink}" in nat66["evidence"], nat66
    for name in ["collabora", "rustdesk-server"]:
        assert status[("untouched", name)]["status"] == "pass", status[("untouched", name)]
  '';
}
