/**
 * Real Nix (Debian's nix-bin: parser and evaluator, no nixpkgs): every generated module parses,
 * and evaluating it with stand-ins for config/lib yields the values NixOS would act on.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { nixIndentedString, nixString } from "../../src/compile/escape.js";
import { compile } from "../../src/compile/pipeline.js";
import { renderNetworkScript } from "../../src/compile/render.js";
import { root } from "../support/files.js";
import { goldenSpecs } from "../support/golden.js";
import { evalModule, evalNixos, parseNix } from "../support/nix.js";
import { compileSpec, webArm } from "../support/spec.js";
import { describeWith } from "../support/tools.js";

const exampleModule = path.join(root, "examples/hosts/web-arm/podnet.nix");

describeWith({ commands: ["nix-instantiate"] }, "generated Nix", () => {
  it("every golden module passes nix-instantiate --parse", async () => {
    let parsed = 0;
    for (const { spec, golden } of goldenSpecs) {
      for (const host of compile(spec, readFileSync(path.join(root, spec), "utf8")).hosts) {
        await parseNix(path.join(root, golden(host.plan.host, host.plan.output)));
        parsed++;
      }
    }
    expect(parsed).toBeGreaterThanOrEqual(3);
  });

  it("the oneshot script in the module is exactly the rendered script", async () => {
    const script = await evalModule(exampleModule, `module.systemd.services."podnet-network-v6egress".script`);
    const plan = compileSpec(webArm()).hosts[0]!.plan;
    expect(script).toBe(renderNetworkScript(plan.networks[0]!));
    // The network's own values come first; the shared steps run `podman "${create_args[@]}"`.
    expect(script).toContain(
      "create_args=(network create --ipv6 --subnet 10.89.0.0/24 --subnet fdaa:bbcc:ddee::/64 --label io.podnet.managed=true v6egress)",
    );
    expect(script).toContain('output=$(podman "${create_args[@]}" 2>&1)');
  });

  it("the unit is a oneshot wanted by boot, ordered before and required by the container's unit", async () => {
    const unit = (await evalModule(
      exampleModule,
      `{ inherit (module.systemd.services."podnet-network-v6egress") wantedBy before requiredBy after wants serviceConfig path; }`,
      { containers: { throwaway: { serviceName: "podman-throwaway" } } },
    )) as Record<string, unknown>;
    expect(unit).toEqual({
      wantedBy: ["multi-user.target"],
      before: ["podman-throwaway.service"],
      requiredBy: ["podman-throwaway.service"],
      after: ["podman.service"],
      wants: ["podman.service"],
      serviceConfig: { Type: "oneshot", RemainAfterExit: true },
      path: ["/nix/store/stand-in-podman"],
    });
  });

  it("follows a container's serviceName, and falls back to podman-<name> where the option is missing", async () => {
    const renamed = await evalModule(exampleModule, `module.systemd.services."podnet-network-v6egress".before`, {
      containers: { throwaway: { serviceName: "throwaway-svc" } },
    });
    expect(renamed).toEqual(["throwaway-svc.service"]);
    const old = await evalModule(exampleModule, `module.systemd.services."podnet-network-v6egress".before`, {
      containers: { throwaway: {} },
    });
    expect(old).toEqual(["podman-throwaway.service"]);
  });

  it("opts the joining container in and leaves the untouched ones exactly as the host declared them", async () => {
    const host = `{ ... }: {
      virtualisation.podman.enable = true;
      virtualisation.oci-containers.containers = {
        throwaway.image = "p";
        collabora = { image = "c"; extraOptions = [ "--cap-add=NET_ADMIN" ]; };
        rustdesk-server.image = "r";
      };
    }`;
    const result = await evalNixos(
      exampleModule,
      host,
      `builtins.mapAttrs (n: c: { inherit (c) extraOptions networks; }) config.virtualisation.oci-containers.containers`,
    );
    expect(result.value).toEqual({
      throwaway: { extraOptions: ["--network=v6egress"], networks: [] },
      collabora: { extraOptions: ["--cap-add=NET_ADMIN"], networks: [] },
      "rustdesk-server": { extraOptions: [], networks: [] },
    });
  });

  it("assertions hold for a correct host and fail, each with its own message, for each mistake", async () => {
    const host = (settings: string, containers = "", podman = "true") => `{ lib, ... }: {
      virtualisation.podman.enable = ${podman};
      virtualisation.oci-containers.containers = {
        throwaway.image = "p";
        collabora.image = "c";
        ${containers}
      };
      ${settings}
    }`;
    const failing = async (nix: string) => {
      const result = await evalNixos(exampleModule, nix, "map (a: a.message) (builtins.filter (a: !a.assertion) config.assertions)");
      expect(result.error).toBeUndefined();
      return result.value as string[];
    };
    expect(await failing(host(""))).toEqual([]);
    expect(await failing(host('virtualisation.oci-containers.backend = "docker";'))).toEqual([
      expect.stringContaining('backend must be "podman"'),
    ]);
    expect(await failing(host("", "", "false"))).toEqual([expect.stringContaining("virtualisation.podman.enable must be true")]);
    expect(await failing(host("", 'throwaway.podman.user = "alice";'))).toEqual([
      expect.stringContaining("rootless container cannot join"),
    ]);
    expect(await failing(host("", 'collabora.extraOptions = [ "--network=v6egress" ];'))).toEqual([
      expect.stringContaining("collabora is listed as untouched"),
    ]);
    expect(await failing(host("", 'rustdesk-server = { image = "r"; networks = [ "v6egress" ]; };'))).toEqual([
      expect.stringContaining("rustdesk-server is listed as untouched"),
    ]);
  });

  it("escaped strings read back from Nix exactly as they went in", async () => {
    const hostile = [
      'a"b',
      "back\\slash",
      '${builtins.abort "x"}',
      "$${x}",
      "''",
      "'''",
      "x''${y}",
      "ends with '",
      "$",
      "\u00e9\u2028\u202e",
      "line1\nline2",
    ];
    const dir = mkdtempSync(path.join(tmpdir(), "podnet-escape-"));
    const file = path.join(dir, "strings.nix");
    writeFileSync(
      file,
      `{\n  quoted = [ ${hostile.map(nixString).join(" ")} ];\n  indented = [\n${hostile.map((s) => `    ${nixIndentedString(s, 6)}`).join("\n")}\n  ];\n}\n`,
    );
    const { execa } = await import("execa");
    const { stdout } = await execa("nix-instantiate", ["--eval", "--strict", "--json", file]);
    const read = JSON.parse(stdout) as { quoted: string[]; indented: string[] };
    expect(read.quoted).toEqual(hostile);
    expect(read.indented).toEqual(hostile.map((s) => `${s}\n`));
  });
});
