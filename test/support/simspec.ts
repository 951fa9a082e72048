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
