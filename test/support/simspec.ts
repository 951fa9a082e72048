/** The web-arm story adapted to a simulated host: unique names, the simulated uplink address. */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { execaSync } from "execa";
import { stringify } from "yaml";
import { compile } from "../../src/compile/pipeline.js";
import { evalModule } from "./nix.js";
import type { SimHost } from "./simhost.js";
import { simulated } from "./simhost.js";
import { webArm } from "./spec.js";

/** The podman of this stack as `major.minor` (4.3 on Debian 12, 5.4 in the trixie root): what a spec for this host says. */
export const stackPodmanVersion = (() => {
  const printed = execaSync("podman", ["--version"], { reject: false }).stdout ?? "";
  return /(\d+\.\d+)/u.exec(String(printed))?.[1] ?? "4.3";
})();

/**
 * A spec for the simulated host with the given networks. Network, container and untouched names
 * get the tag and the run id appended (netavark's IPAM db is shared between runs).
 */
export function simSpec(
  host: SimHost,
  tag: string,
  networks: Record<string, Record<string, unknown>>,
  options: { podmanVersion?: string; untouched?: ReadonlyArray<string> } = {},
): { specFile: string; names: Record<string, string>; untouched: string[] } {
  const unique = (name: string) => host.name(`${name}-${tag}`);
  const names = Object.fromEntries(Object.keys(networks).map((name) => [name, unique(name)]));
  const untouched = (options.untouched ?? []).map(unique);
  const spec = webArm();
  const story = spec.hosts["web-arm"];
  story.uplink.interface = "uplink0";
  story.uplink.ipv6.address = `${simulated.hostUplink}/64`;
  story.podman = { version: options.podmanVersion ?? stackPodmanVersion };
  story.untouched = untouched;
  story.output = `hosts/${tag}/podnet.nix`;
  story.networks = Object.fromEntries(
    Object.entries(networks).map(([name, network]) => {
      const containers = network.containers;
      const renamed = Array.isArray(containers)
        ? containers.map((c: string) => unique(c))
        : containers && typeof containers === "object"
          ? Object.fromEntries(Object.entries(containers).map(([c, addresses]) => [unique(c), addresses]))
          : undefined;
      return [names[name]!, { ...network, ...(renamed === undefined ? {} : { containers: renamed }) }];
    }),
  );
  const specFile = path.join(host.dir, `${tag}.yaml`);
  writeFileSync(specFile, stringify(spec));
  return { specFile, names, untouched };
}

/**
 * Writes the module generated from the spec (or from `text`, a changed version of it) and pulls
 * every network's oneshot script out of it with real Nix.
 */
export async function moduleOf(
  specFile: string,
  text = readFileSync(specFile, "utf8"),
): Promise<{ moduleFile: string; scripts: Record<string, string> }> {
  const compilation = compile(specFile, text);
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

export interface SimStory {
  readonly network: string;
  readonly throwaway: string;
  readonly untouched: ReadonlyArray<string>;
  readonly specFile: string;
}

/** The story itself: one network `v6egress` with `throwaway`, two untouched containers. */
export function simStory(host: SimHost, tag: string, subnets: { ipv4?: string; ipv6?: string } = {}): SimStory {
  const spec = simSpec(
    host,
    tag,
    { v6egress: { ipv4: subnets.ipv4 ?? "10.89.0.0/24", ipv6: subnets.ipv6 ?? "fdaa:bbcc:ddee::/64", containers: ["throwaway"] } },
    { untouched: ["collabora", "rustdesk"] },
  );
  return { network: spec.names.v6egress!, throwaway: host.name(`throwaway-${tag}`), untouched: spec.untouched, specFile: spec.specFile };
}

/** The story's oneshot script, exactly as the module generated from `text` ships it. */
export async function oneshotScript(story: SimStory, text: string): Promise<string> {
  return (await moduleOf(story.specFile, text)).scripts[story.network]!;
}
