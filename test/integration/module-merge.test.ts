/**
 * The generated module merged with real host configurations: the host's own module is written as
 * an operator writes it, and both are evaluated with real Nix by the NixOS stand-in
 * (test/support/nixos.nix: priorities, mkIf, the sysctl merge rule, oci-containers' missing
 * image, nixpkgs' firewalld assertion, assertions before units). What the stand-in cannot show
 * is recorded in adr/0010-module-merges-with-host-configurations.md.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { expect, it } from "vitest";
import { nixString } from "../../src/compile/escape.js";
import { root } from "../support/files.js";
import { dottedInterfaceName, runs } from "../support/fuzz.js";
import { evalNixos } from "../support/nix.js";
import { compileSpec, webArm, writeSlaacModule } from "../support/spec.js";
import { describeWith } from "../support/tools.js";

const exampleModule = path.join(root, "examples/hosts/web-arm/podnet.nix");

/** The web-arm host as its operator declares it, plus `extra` (Nix attributes). */
const host = (extra = "", containers = 'throwaway = { image = "localhost/probe"; };') => `{ config, lib, ... }: {
  virtualisation.podman.enable = true;
  virtualisation.oci-containers.containers = {
    ${containers}
    collabora = { image = "collabora/code"; };
    rustdesk-server = { image = "rustdesk/rustdesk-server"; };
  };
  ${extra}
}`;

const built = (extra?: string, containers?: string) =>
  evalNixos(
    exampleModule,
    host(extra, containers),
    "{ inherit (toplevel) sysctlConf containerImages; sysctl = config.boot.kernel.sysctl; }",
  );

describeWith({ commands: ["nix-instantiate"] }, "the module in a host configuration", () => {
  it("builds a plain host: forwarding on, the container opted in, DNS open on podman bridges", async () => {
    const result = await evalNixos(
      exampleModule,
      host(),
      `{ inherit (toplevel) sysctlConf; options = config.virtualisation.oci-containers.containers.throwaway.extraOptions; interfaces = config.networking.firewall.interfaces; }`,
    );
    expect(result.error).toBeUndefined();
    expect(result.value).toEqual({
      sysctlConf: "net.ipv6.conf.all.forwarding=1\n",
      options: ["--network=v6egress"],
      interfaces: { "podman+": { allowedTCPPorts: [53], allowedUDPPorts: [53] } },
    });
  });

  // Every priority a host or a nixpkgs module uses for this sysctl: plain, mkForce, mkDefault,
  // networking.nat's 99, docker's 98, tailscale's and netbird's 97, mkOptionDefault.
  for (const [how, definition] of [
    ["plainly", "true"],
    ["with mkForce", "lib.mkForce true"],
    ["with mkDefault", "lib.mkDefault true"],
    ["as networking.nat does (mkOverride 99)", "lib.mkOverride 99 true"],
    ["as docker does (mkOverride 98)", "lib.mkOverride 98 true"],
    ["as tailscale does (mkOverride 97)", "lib.mkOverride 97 true"],
    ["as 1", "1"],
    ["with mkOptionDefault", 'lib.mkOptionDefault "1"'],
  ] as const) {
    it(`merges with a host that sets forwarding itself ${how}`, async () => {
      const result = await built(`boot.kernel.sysctl."net.ipv6.conf.all.forwarding" = ${definition};`);
      expect(result.error).toBeUndefined();
      expect((result.value as { sysctlConf: string }).sysctlConf).toBe("net.ipv6.conf.all.forwarding=1\n");
    });
  }

  it("the one priority that collides is podnet's own 900, and NixOS says so", async () => {
    const result = await built(`boot.kernel.sysctl."net.ipv6.conf.all.forwarding" = lib.mkOverride 900 true;`);
    expect(result.error).toContain("The option `boot.kernel.sysctl.net.ipv6.conf.all.forwarding' is defined multiple times");
  });

  it("a host that turns forwarding off gets podnet's assertion, not a silently broken network", async () => {
    for (const definition of ["false", "lib.mkForce false", "0"]) {
      const result = await built(`boot.kernel.sysctl."net.ipv6.conf.all.forwarding" = ${definition};`);
      expect(result.error).toContain("Failed assertions:");
      expect(result.error).toContain('podnet (host web-arm): boot.kernel.sysctl."net.ipv6.conf.all.forwarding" is ');
      expect(result.error).toContain("Remove the definition that turns it off");
    }
    // Another spelling of the key is another line of 60-nixos.conf; the message names it as written.
    const slashed = await built(`boot.kernel.sysctl."net/ipv6/conf/all/forwarding" = 0;`);
    expect(slashed.error).toContain('podnet (host web-arm): boot.kernel.sysctl."net/ipv6/conf/all/forwarding" is 0, but containers');
    const glob = await built(`boot.kernel.sysctl."net.ipv6.conf.*.disable_ipv6" = 1;`);
    expect(glob.error).toContain('IPv6 is switched off for new interfaces: boot.kernel.sysctl."net.ipv6.conf.*.disable_ipv6" is 1 (');
    expect(glob.error).toContain('IPv6 is switched off on the uplink enp1s0: boot.kernel.sysctl."net.ipv6.conf.*.disable_ipv6" is 1,');
    // Globs podnet does not follow (braces, backslashes, brackets) are named, never guessed at;
    // a brace glob once stopped the evaluation with a regular-expression error.
    for (const key of ["net.ipv6.conf.{a,b}.accept_ra*", "net.ipv6.conf.\\\\*.disable_ipv6", "net/ipv6/conf/[ae]*/disable_ipv6"]) {
      const opaque = await built(`boot.kernel.sysctl."${key}" = 1;`);
      expect(opaque.error, key).toContain("but podnet follows only globs made of * and ?");
    }
    // A glob that cannot reach net.ipv6.conf is no concern of podnet's.
    expect((await built('boot.kernel.sysctl."kernel.[a-z]*" = 1; boot.kernel.sysctl."vm.swappiness" = 10;')).error).toBeUndefined();
    // Values as the kernel reads them: blanks, hexadecimal, octal with leading zeros.
    for (const value of ['" 1"', '"0x1"', '"0001"', '"0x00000000001"']) {
      const off = await built(`boot.kernel.sysctl."net.ipv6.conf.all.disable_ipv6" = ${value};`);
      expect(off.error, value).toContain("IPv6 is switched off for new interfaces");
    }
    for (const value of ['" 0 "', '"0x0"', '"000000000000000000"', '"0 1"']) {
      expect((await built(`boot.kernel.sysctl."net.ipv6.conf.all.disable_ipv6" = ${value};`)).error, value).toBeUndefined();
    }
    // A value the kernel refuses: podnet cannot tell what it keeps, and says which and why.
    // As JSON text: "\u000b" is a vertical tab, a blank to Nix's [[:space:]] but not to systemd or the kernel.
    for (const value of ['"+1"', '"1x"', '"08"', '"4294967296"', '"1\\u000b"']) {
      const refused = await built(`boot.kernel.sysctl."net.ipv6.conf.all.forwarding" = builtins.fromJSON ${nixString(value)};`);
      expect(refused.error, value).toContain(
        'podnet (host web-arm): the kernel refuses boot.kernel.sysctl."net.ipv6.conf.all.forwarding" is ',
      );
      expect(refused.error, value).not.toContain("reach the IPv6 internet only through");
    }
  });

  it("a host with IPv6 switched off gets podnet's assertion naming each key, as networking.enableIPv6 = false sets them or by hand", async () => {
    // nixpkgs' network-interfaces.nix: "net.ipv6.conf.{all,default}.disable_ipv6" = mkDefault (!cfg.enableIPv6).
    const enableIpv6 = (on: boolean) =>
      `boot.kernel.sysctl."net.ipv6.conf.all.disable_ipv6" = lib.mkDefault ${!on}; boot.kernel.sysctl."net.ipv6.conf.default.disable_ipv6" = lib.mkDefault ${!on};`;
    const off = await built(enableIpv6(false));
    expect(off.error).toContain("Failed assertions:");
    expect(off.error).toContain(
      'podnet (host web-arm): IPv6 is switched off for new interfaces: boot.kernel.sysctl."net.ipv6.conf.all.disable_ipv6" is true, boot.kernel.sysctl."net.ipv6.conf.default.disable_ipv6" is true (networking.enableIPv6 = false sets both)',
    );
    expect(off.error).toContain("so no container on it starts. Set networking.enableIPv6 = true");
    // The kernel reads any non-zero integer as on.
    for (const key of ["all", "default"]) {
      for (const value of ["1", '"1"', "2", '"2"', "-1", "true", "lib.mkForce 1"]) {
        const result = await built(`boot.kernel.sysctl."net.ipv6.conf.${key}.disable_ipv6" = ${value};`);
        expect(result.error, `${key} = ${value}`).toContain(
          `IPv6 is switched off for new interfaces: boot.kernel.sysctl."net.ipv6.conf.${key}.disable_ipv6" is `,
        );
      }
    }
    for (const value of ["1", '"2"', "true"]) {
      const uplink = await built(`boot.kernel.sysctl."net.ipv6.conf.enp1s0.disable_ipv6" = ${value};`);
      expect(uplink.error, value).toContain(
        'podnet (host web-arm): IPv6 is switched off on the uplink enp1s0: boot.kernel.sysctl."net.ipv6.conf.enp1s0.disable_ipv6" is ',
      );
      expect(uplink.error, value).toContain("so the uplink has no IPv6 address to masquerade the podnet networks to");
      expect(uplink.error, value).not.toContain("for new interfaces");
    }
    // IPv6 on, as every NixOS host with the default networking.enableIPv6 = true defines it, or written as 0.
    for (const zero of ["0", '"0"', "false"]) {
      const on = await built(`${enableIpv6(true)} boot.kernel.sysctl."net.ipv6.conf.enp1s0.disable_ipv6" = ${zero};`);
      expect(on.error, zero).toBeUndefined();
    }
  });

  it("opens DNS with the glob of the firewall backend in use, and nothing under firewalld", async () => {
    const interfaces = async (extra: string, release?: string) => {
      const result = await evalNixos(
        exampleModule,
        host(extra),
        "{ inherit (toplevel) sysctlConf; interfaces = config.networking.firewall.interfaces; }",
        release ? { release } : {},
      );
      expect(result.error).toBeUndefined();
      return (result.value as { interfaces: unknown }).interfaces;
    };
    const dns = { allowedTCPPorts: [53], allowedUDPPorts: [53] };
    expect(await interfaces("")).toEqual({ "podman+": dns });
    expect(await interfaces("networking.nftables.enable = true;")).toEqual({ "podman*": dns });
    // firewalld: NixOS asserts networking.firewall.interfaces == { }; the build passes.
    expect(await interfaces("services.firewalld.enable = true; networking.nftables.enable = true;")).toEqual({});
    expect(await interfaces('networking.firewall.backend = "firewalld";')).toEqual({});
    // NixOS before networking.firewall.backend existed: nftables.enable decides.
    expect(await interfaces("networking.nftables.enable = true;", "24.05")).toEqual({ "podman*": dns });
    expect(await interfaces("", "24.05")).toEqual({ "podman+": dns });
  });

  it("a joining container the host never declared is a podnet assertion that names the spec entry", async () => {
    const result = await built("", "");
    expect(result.error).toContain("Failed assertions:");
    expect(result.error).toContain(
      "podnet (host web-arm): container throwaway joins network v6egress in the podnet spec (hosts.web-arm.networks.v6egress.containers), but this host does not declare virtualisation.oci-containers.containers.throwaway",
    );
    expect(result.error).not.toContain("was accessed but has no value defined");
  });

  it("a container the host puts on the network with the typed networks option gets no second --network", async () => {
    const result = await evalNixos(
      exampleModule,
      host("", 'throwaway = { image = "localhost/probe"; networks = [ "v6egress" ]; };'),
      "{ inherit (toplevel) sysctlConf; c = { inherit (config.virtualisation.oci-containers.containers.throwaway) networks extraOptions; }; }",
    );
    expect(result.error).toBeUndefined();
    expect((result.value as { c: unknown }).c).toEqual({ networks: ["v6egress"], extraOptions: [] });
  });

  it("a joining container that the host also puts on another network fails with podnet's assertion", async () => {
    for (const container of [
      'throwaway = { image = "localhost/probe"; networks = [ "backend" ]; };',
      'throwaway = { image = "localhost/probe"; networks = [ "v6egress" "backend" ]; };',
      'throwaway = { image = "localhost/probe"; extraOptions = [ "--network=backend" ]; };',
      'throwaway = { image = "localhost/probe"; extraOptions = [ "--net" "host" ]; };',
    ]) {
      const result = await built("", container);
      expect(result.error, container).toContain(
        "podnet (host web-arm): container throwaway joins network v6egress in the podnet spec, so podnet attaches it",
      );
    }
  });

  it("keeps the container's own options and adds the spec's static addresses", async () => {
    const spec = webArm();
    spec.hosts["web-arm"].networks.v6egress.containers = { throwaway: { ipv4: "10.89.0.10", ipv6: "fdaa:bbcc:ddee::10" } };
    const file = path.join(mkdtempSync(path.join(tmpdir(), "podnet-merge-")), "podnet.nix");
    writeFileSync(file, compileSpec(spec).hosts[0]!.content);
    const options = async (container: string) => {
      const result = await evalNixos(file, host("", container), "config.virtualisation.oci-containers.containers.throwaway.extraOptions");
      expect(result.error).toBeUndefined();
      return result.value;
    };
    // List definitions concatenate; their order follows the module order, which podman ignores.
    expect(((await options('throwaway = { image = "p"; extraOptions = [ "--cap-add=NET_RAW" ]; };')) as string[]).sort()).toEqual([
      "--cap-add=NET_RAW",
      "--ip6=fdaa:bbcc:ddee::10",
      "--ip=10.89.0.10",
      "--network=v6egress",
    ]);
    expect(await options('throwaway = { image = "p"; networks = [ "v6egress" ]; };')).toEqual([
      "--ip=10.89.0.10",
      "--ip6=fdaa:bbcc:ddee::10",
    ]);
  });
});

describeWith({ commands: ["nix-instantiate"] }, "a SLAAC uplink", () => {
  const sysctlConf = async (module: string, extra: string) => {
    const result = await evalNixos(module, host(extra), "toplevel.sysctlConf");
    return result.ok ? (result.value as string) : `ERROR ${result.error}`;
  };

  it("without systemd-networkd: accept_ra = 2 on the uplink, or an assertion when the host sets otherwise", async () => {
    const module = writeSlaacModule();
    expect(await sysctlConf(module, "")).toBe("net.ipv6.conf.all.forwarding=1\nnet.ipv6.conf.enp1s0.accept_ra=2\n");
    expect(await sysctlConf(module, 'boot.kernel.sysctl."net.ipv6.conf.enp1s0.accept_ra" = 2;')).toBe(
      "net.ipv6.conf.all.forwarding=1\nnet.ipv6.conf.enp1s0.accept_ra=2\n",
    );
    const refused = await sysctlConf(module, 'boot.kernel.sysctl."net.ipv6.conf.enp1s0.accept_ra" = 1;');
    expect(refused).toContain('the SLAAC uplink enp1s0 needs boot.kernel.sysctl."net.ipv6.conf.enp1s0.accept_ra" = 2');
    // networkd on, but no .network file matches the uplink: the kernel still handles its RAs.
    expect(
      await sysctlConf(module, 'systemd.network.enable = true; systemd.network.networks."10-lan" = { matchConfig.Name = "eth9"; };'),
    ).toContain("net.ipv6.conf.enp1s0.accept_ra=2\n");
  });

  it("under systemd-networkd: no kernel accept_ra (networkd keeps it at 0), and IPv6AcceptRA must be on", async () => {
    const module = writeSlaacModule();
    const networkd = (networkConfig: string, name = '"enp1s0"') =>
      `systemd.network.enable = true; systemd.network.networks."40-uplink" = { matchConfig.Name = ${name}; networkConfig = { ${networkConfig} }; };`;
    for (const accept of ["IPv6AcceptRA = true;", 'IPv6AcceptRA = "yes";']) {
      expect(await sysctlConf(module, networkd(accept))).toBe("net.ipv6.conf.all.forwarding=1\n");
    }
    // Globs and name lists match as networkd matches them.
    expect(await sysctlConf(module, networkd("IPv6AcceptRA = true;", '"en*"'))).toBe("net.ipv6.conf.all.forwarding=1\n");
    expect(await sysctlConf(module, networkd("IPv6AcceptRA = true;", '[ "eth0" "enp1s0" ]'))).toBe("net.ipv6.conf.all.forwarding=1\n");
    const refused = await sysctlConf(module, networkd('DHCP = "no";'));
    expect(refused).toContain("systemd-networkd manages the SLAAC uplink enp1s0");
    expect(refused).toContain(
      "Set networkConfig.IPv6AcceptRA = true in the systemd.network.networks entries that may match enp1s0: 40-uplink.",
    );
  });

  it("under systemd-networkd: entries that match by type or by an inverted name count too (NixOS's own default DHCP network)", async () => {
    const module = writeSlaacModule();
    // networking.useNetworkd with useDHCP generates this entry; it matches every ethernet link.
    const nixosDefault =
      'systemd.network.enable = true; systemd.network.networks."99-ethernet-default-dhcp" = { matchConfig = { Type = "ether"; Kind = "!*"; }; networkConfig.DHCP = "yes"; };';
    const refused = await sysctlConf(module, nixosDefault);
    expect(refused).toContain("entries that may match enp1s0: 99-ethernet-default-dhcp.");
    const inverted = await sysctlConf(
      module,
      'systemd.network.enable = true; systemd.network.networks."10-all" = { matchConfig.Name = "!lo"; };',
    );
    expect(inverted).toContain("entries that may match enp1s0: 10-all.");
    // "!enp1s0" excludes the uplink; an explicit uplink entry with IPv6AcceptRA and no catch-all passes.
    expect(
      await sysctlConf(
        module,
        'systemd.network.enable = true; systemd.network.networks."10-others" = { matchConfig.Name = "!enp1s0 lo"; };',
      ),
    ).toContain("net.ipv6.conf.enp1s0.accept_ra=2");
    const both = `systemd.network.enable = true; systemd.network.networks = { "40-uplink" = { matchConfig.Name = "enp1s0"; networkConfig.IPv6AcceptRA = true; }; "99-ethernet-default-dhcp" = { matchConfig.Type = "ether"; networkConfig.IPv6AcceptRA = true; }; };`;
    expect(await sysctlConf(module, both)).toBe("net.ipv6.conf.all.forwarding=1\n");
  });
});

describeWith({ commands: ["nix-instantiate"] }, "netavark's driver, Docker and forward filtering in the host configuration", () => {
  const driver = (value: string) => `virtualisation.containers.containersConf.settings.network.firewall_driver = "${value}";`;

  it("takes iptables (netavark's default on NixOS) and nftables, and refuses none and firewalld with the reason", async () => {
    for (const ok of ["", driver("iptables"), driver("nftables")]) expect((await built(ok)).error, ok).toBeUndefined();
    const none = await built(driver("none"));
    expect(none.error).toContain(`netavark's firewall driver is "none"`);
    expect(none.error).toContain("nothing masquerades the podnet networks");
    const firewalld = await built(driver("firewalld"));
    expect(firewalld.error).toContain("firewalld masquerades IPv4 only");
  });

  it("adds the DOCKER-USER unit only where Docker is enabled, bound to docker.service", async () => {
    const unit = "config.systemd.services.podnet-docker-forward or null";
    expect((await evalNixos(exampleModule, host(), unit)).value).toBeNull();
    const docker = await evalNixos(
      exampleModule,
      host("virtualisation.docker.enable = true;"),
      `let u = ${unit}; in { inherit (u) wantedBy after path; partOf = u.partOf or null; hasStop = u ? preStop; }`,
    );
    expect(docker.value).toEqual({
      wantedBy: ["docker.service"],
      after: ["docker.service"],
      partOf: null,
      path: ["/nix/store/stand-in-iptables", "/nix/store/stand-in-gawk", "/nix/store/stand-in-gnugrep", "/nix/store/stand-in-coreutils"],
      hasStop: false,
    });
  });

  it("allows its egress in NixOS's forward filtering only where the host filters forwarded traffic", async () => {
    const rules = async (extra: string) =>
      (await evalNixos(exampleModule, host(extra), "config.networking.firewall.extraForwardRules")).value;
    expect(await rules("")).toBe("");
    expect(await rules("networking.nftables.enable = true;")).toBe("");
    const filtered = await rules("networking.nftables.enable = true; networking.firewall.filterForward = true;");
    expect(filtered).toBe(
      'iifname "podman*" oifname "enp1s0" ip saddr 10.89.0.0/24 accept comment "podnet v6egress egress"\niifname "podman*" oifname "enp1s0" ip6 saddr fdaa:bbcc:ddee::/64 accept comment "podnet v6egress egress"\n',
    );
    // The host's own rules stay, joined as `lines` are.
    expect(
      await rules(
        'networking.nftables.enable = true; networking.firewall.filterForward = true; networking.firewall.extraForwardRules = "iifname \\"wg0\\" accept";',
      ),
    ).toContain('iifname "wg0" accept');
  });
});

describeWith({ commands: ["nix-instantiate", "nft"], root: true }, "the forward rules as nftables reads them", () => {
  it("every shape's rules pass `nft -c` inside a chain like NixOS's forward-allow", async () => {
    const { readFileSync } = await import("node:fs");
    const { execa } = await import("execa");
    const { compile } = await import("../../src/compile/pipeline.js");
    const specs = ["test/golden/shapes.yaml", "test/golden/fleet.yaml", "examples/web-arm.yaml"];
    let checked = 0;
    for (const spec of specs) {
      const file = path.resolve(root, spec);
      for (const { plan } of compile(file, readFileSync(file, "utf8")).hosts) {
        const table = `table inet podnet_check {\n  chain forward-allow {\n${plan.forwardRules.map((rule) => `    ${rule}`).join("\n")}\n  }\n}\n`;
        const result = await execa("nft", ["-c", "-f", "-"], { input: table, reject: false });
        expect(result.exitCode, `${spec} ${plan.host}: ${result.stderr}`).toBe(0);
        checked += plan.forwardRules.length;
      }
    }
    expect(checked).toBeGreaterThan(4);
  });
});

describeWith({ commands: ["nix-instantiate"] }, "on NixOS before 24.11", () => {
  it("works without the networks, serviceName and podman options: --network flag, podman-<name> units", async () => {
    const result = await evalNixos(
      exampleModule,
      host(),
      `{ inherit (toplevel) sysctlConf; options = config.virtualisation.oci-containers.containers.throwaway.extraOptions; unit = config.systemd.services.podnet-network-v6egress.before; hasNetworks = config.virtualisation.oci-containers.containers.throwaway ? networks; }`,
      { release: "24.05" },
    );
    expect(result.error).toBeUndefined();
    expect(result.value).toEqual({
      sysctlConf: "net.ipv6.conf.all.forwarding=1\n",
      options: ["--network=v6egress"],
      unit: ["podman-throwaway.service"],
      hasNetworks: false,
    });
  });
});

describeWith({ commands: ["nix-instantiate"] }, "IPv6 switched off on a dotted uplink", () => {
  it("is asserted under the key systemd-sysctl applies to that interface ('/' for each dot), for every such name", async () => {
    for (const name of [...new Set(["eth0.100", "a..b", ...fc.sample(dottedInterfaceName, runs(6))])]) {
      const key = `net.ipv6.conf.${name.replaceAll(".", "/")}.disable_ipv6`;
      const result = await evalNixos(writeSlaacModule(name), host(`boot.kernel.sysctl."${key}" = 1;`), "toplevel.sysctlConf");
      expect(result.error, name).toContain(`IPv6 is switched off on the uplink ${name}: boot.kernel.sysctl."${key}" is 1,`);
    }
  });
});
