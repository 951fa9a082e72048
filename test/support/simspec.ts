/** The web-arm story adapted to a simulated host: unique names, the simulated uplink address. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import { compile } from "../../src/pipeline.js";
import { evalModule } from "./nix.js";
import type { SimHost } from "./simhost.js";
import { simulated } from "./simhost.js";
import { webArm } from "./spec.js";

export interface SimStory {
  readonly network: string;
  readonly throwaway: string;
  readonly untouched: ReadonlyArray<string>;
  readonly specFile: string;
}

/** Writes the adapted spec into the run's folder; `ipv4`/`ipv6` override the story's subnets. */
export function simStory(host: SimHost, tag: string, subnets: { ipv4?: string; ipv6?: string } = {}): SimStory {
  const network = host.name(`v6egress-${tag}`);
  const throwaway = host.name(`throwaway-${tag}`);
  const untouched = [host.name(`collabora-${tag}`), host.name(`rustdesk-${tag}`)];
  const spec = webArm();
  const story = spec.hosts["web-arm"];
  story.uplink.interface = "uplink0";
  story.uplink.ipv6.address = `${simulated.hostUplink}/64`;
  story.networks = { [network]: { ipv4: subnets.ipv4 ?? "10.89.0.0/24", ipv6: subnets.ipv6 ?? "fdaa:bbcc:ddee::/64", containers: [throwaway] } };
  story.untouched = untouched;
  story.output = `hosts/${tag}/podnet.nix`;
  const specFile = path.join(host.dir, `${tag}.yaml`);
  writeFileSync(specFile, stringify(spec));
  return { network, throwaway, untouched, specFile };
}

/** Generates the module for the story and pulls the oneshot script out of it with real Nix. */
export async function oneshotScript(story: SimStory, text: string): Promise<string> {
  const compilation = compile(story.specFile, text);
  const host = compilation.hosts[0];
  if (!host) throw new Error(`spec did not compile: ${JSON.stringify(compilation.diagnostics.map((d) => d.message))}`);
  mkdirSync(path.dirname(host.plan.outputFile), { recursive: true });
  writeFileSync(host.plan.outputFile, host.content);
  const unit = host.plan.networks[0]!.unitName;
  return (await evalModule(host.plan.outputFile, `module.systemd.services.${JSON.stringify(unit)}.script`)) as string;
}

/** A spec for the simulated host with the given networks (names get the run id appended). */
export function simSpec(host: SimHost, tag: string, networks: Record<string, Record<string, unknown>>, podmanVersion = "4.3"): { specFile: string; names: Record<string, string> } {
  const names = Object.fromEntries(Object.keys(networks).map((name) => [name, host.name(`${name}-${tag}`)]));
  const rename = (container: string) => host.name(`${container}-${tag}`);
  const spec = webArm();
  const story = spec.hosts["web-arm"];
  story.uplink.interface = "uplink0";
  story.uplink.ipv6.address = `${simulated.hostUplink}/64`;
  story.podman = { version: podmanVersion };
  story.untouched = [];
  story.output = `hosts/${tag}/podnet.nix`;
  story.networks = Object.fromEntries(
    Object.entries(networks).map(([name, network]) => {
      const containers = network.containers;
      const renamed = Array.isArray(containers)
        ? containers.map((c: string) => rename(c))
        : containers && typeof containers === "object"
          ? Object.fromEntries(Object.entries(containers).map(([c, addresses]) => [rename(c), addresses]))
          : undefined;
      return [names[name]!, { ...network, ...(renamed === undefined ? {} : { containers: renamed }) }];
    }),
  );
  const specFile = path.join(host.dir, `${tag}.yaml`);
  writeFileSync(specFile, stringify(spec));
  return { specFile, names };
}

/** Writes the module for a spec file and returns it, with every network's oneshot script. */
export async function moduleOf(specFile: string): Promise<{ moduleFile: string; scripts: Record<string, string> }> {
  const { readFileSync } = await import("node:fs");
  const compilation = compile(specFile, readFileSync(specFile, "utf8"));
  const host = compilation.hosts[0];
  if (!host) throw new Error(`spec did not compile: ${JSON.stringify(compilation.diagnostics.map((d) => d.message))}`);
  mkdirSync(path.dirname(host.plan.outputFile), { recursive: true });
  writeFileSync(host.plan.outputFile, host.content);
  const scripts = (await evalModule(
    host.plan.outputFile,
    `builtins.listToAttrs (map (n: { name = n; value = module.systemd.services."podnet-network-\${n}".script; }) [ ${host.plan.networks.map((n) => JSON.stringify(n.name)).join(" ")} ])`,
  )) as Record<string, string>;
  return { moduleFile: host.plan.outputFile, scripts };
}
