/**
 * Real Nix (Debian's nix-bin: parser and evaluator, no nixpkgs): every generated module parses,
 * and evaluating it with stand-ins for config/lib yields the values NixOS would act on.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { compile } from "../../src/pipeline.js";
import { nixIndentedString, nixString } from "../../src/render/escape.js";
import { renderNetworkScript } from "../../src/render/render.js";
import { goldenSpecs } from "../support/golden.js";
import { evalModule, parseNix } from "../support/nix.js";
import { describeWith } from "../support/tools.js";
import { compileSpec, webArm } from "../support/spec.js";
import { readFileSync } from "node:fs";

const root = path.resolve(import.meta.dirname, "../..");
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
    expect(script).toContain("podman network create --ipv6 --subnet 10.89.0.0/24 --subnet fdaa:bbcc:ddee::/64 --label io.podnet.managed=true v6egress");
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
    const renamed = await evalModule(exampleModule, `module.systemd.services."podnet-network-v6egress".before`, { containers: { throwaway: { serviceName: "throwaway-svc" } } });
    expect(renamed).toEqual(["throwaway-svc.service"]);
    const old = await evalModule(exampleModule, `module.systemd.services."podnet-network-v6egress".before`, { containers: { throwaway: {} } });
    expect(old).toEqual(["podman-throwaway.service"]);
  });

  it("sets forwarding, opts the container in and leaves the untouched ones alone", async () => {
    const values = await evalModule(exampleModule, `{ sysctl = module.boot.kernel.sysctl; containers = module.virtualisation.oci-containers.containers; }`);
    expect(values).toEqual({
      sysctl: { "net.ipv6.conf.all.forwarding": true },
      containers: { throwaway: { extraOptions: ["--network=v6egress"] } },
    });
  });

  it("opens DNS for podman bridges under the active firewall backend only", async () => {
    const expression = `map (part: { inherit (part) condition; names = builtins.attrNames part.content; }) module.networking.firewall.interfaces.contents`;
    expect(await evalModule(exampleModule, expression, { nftables: false })).toEqual([
      { condition: false, names: ["podman*"] },
      { condition: true, names: ["podman+"] },
    ]);
    expect(await evalModule(exampleModule, expression, { nftables: true })).toEqual([
      { condition: true, names: ["podman*"] },
      { condition: false, names: ["podman+"] },
    ]);
  });

  it("assertions hold for a correct host and fail, each with its own message, for each mistake", async () => {
    const failing = (standIn: Parameters<typeof evalModule>[2]) =>
      evalModule(exampleModule, `map (a: a.message) (builtins.filter (a: !a.assertion) module.assertions)`, standIn) as Promise<string[]>;
    const good = { containers: { throwaway: {}, collabora: { extraOptions: ["--cap-add=NET_ADMIN"] } } };
    expect(await failing(good)).toEqual([]);
    expect((await failing({ ...good, backend: "docker" }))[0]).toContain('backend must be "podman"');
    expect((await failing({ ...good, podmanEnable: false }))[0]).toContain("virtualisation.podman.enable must be true");
    expect((await failing({ containers: { throwaway: { podmanUser: "alice" } } }))[0]).toContain("rootless container cannot join");
    expect((await failing({ containers: { throwaway: {}, collabora: { extraOptions: ["--network=v6egress"] } } }))[0]).toContain("collabora is listed as untouched");
    expect((await failing({ containers: { throwaway: {}, "rustdesk-server": { networks: ["v6egress"] } } }))[0]).toContain("rustdesk-server is listed as untouched");
  });

  it("a SLAAC uplink gets accept_ra = 2 on its interface, a static one nothing", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "podnet-slaac-"));
    for (const addressing of ["slaac", "static"]) {
      const spec = webArm();
      spec.hosts["web-arm"].uplink.ipv6.addressing = addressing;
      const file = path.join(dir, `${addressing}.nix`);
      writeFileSync(file, compileSpec(spec).hosts[0]!.content);
      const sysctl = await evalModule(file, "module.boot.kernel.sysctl");
      expect(sysctl).toEqual(addressing === "slaac" ? { "net.ipv6.conf.all.forwarding": true, "net.ipv6.conf.enp1s0.accept_ra": 2 } : { "net.ipv6.conf.all.forwarding": true });
    }
  });

  it("escaped strings read back from Nix exactly as they went in", async () => {
    const hostile = ['a"b', "back\\slash", "${builtins.abort \"x\"}", "$${x}", "''", "'''", "x''${y}", "ends with '", "$", "\u00e9\u2028\u202e", "line1\nline2"];
    const dir = mkdtempSync(path.join(tmpdir(), "podnet-escape-"));
    const file = path.join(dir, "strings.nix");
    writeFileSync(file, `{\n  quoted = [ ${hostile.map(nixString).join(" ")} ];\n  indented = [\n${hostile.map((s) => `    ${nixIndentedString(s, 6)}`).join("\n")}\n  ];\n}\n`);
    const { execa } = await import("execa");
    const { stdout } = await execa("nix-instantiate", ["--eval", "--strict", "--json", file]);
    const read = JSON.parse(stdout) as { quoted: string[]; indented: string[] };
    expect(read.quoted).toEqual(hostile);
    expect(read.indented).toEqual(hostile.map((s) => `${s}\n`));
  });
});
