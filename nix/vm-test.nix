# NixOS VM test of the user story: host web-arm imports the module generated from
# examples/web-arm.yaml; an upstream node plays the IPv6 internet with a v6-only destination
# and an echo endpoint. Inside web-arm, `podnet check egress` must pass every criterion.
# Run with `nix flake check` (or `nix build .#checks.x86_64-linux.web-arm-egress`).
{ pkgs, podnet }:

let
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
    networking.interfaces.eth1.ipv6.addresses = [
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
    virtualisation.oci-containers.containers = {
      throwaway = probeContainer;
      collabora = probeContainer;
      rustdesk-server = probeContainer;
    };
    environment.systemPackages = [ podnet ];
    environment.etc."podnet/web-arm.yaml".source = ../examples/web-arm.yaml;
  };

  testScript = ''
    start_all()
    upstream.wait_for_unit("echo.service")
    upstream.wait_for_open_port(80)
    webarm.wait_for_unit("podnet-network-v6egress.service")
    webarm.wait_for_unit("podman-throwaway.service")
    webarm.wait_for_unit("podman-collabora.service")
    # The default route for IPv4 comes from the test driver's vlan; reach the v4 destination via upstream.
    webarm.succeed("ip route add ${v4Destination}/32 via $(getent ahostsv4 upstream | head -n1 | cut -d' ' -f1)")
    # Idempotent: a second run of the oneshot changes nothing.
    webarm.succeed("systemctl restart podnet-network-v6egress.service")
    webarm.succeed(
        "podnet check egress /etc/podnet/web-arm.yaml --host web-arm"
        " --echo6 http://[${v6OnlyDestination}]/ --echo4 http://${v4Destination}/"
        " --probe-image localhost/podnet-probe:latest --timeout 5"
    )
  '';
}
