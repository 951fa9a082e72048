/**
 * plan: the decoded, validated spec resolved into everything the templates print.
 * Templates make no decisions; every name, ordering and command line is fixed here.
 */
import path from "node:path";
import { parseSubnet, type Subnet } from "./net/cidr.js";
import type { Host, Network, Spec } from "./spec/schema.js";

/** Label podnet puts on the networks it creates; only those may be recreated on drift. */
export const managedLabel = "io.podnet.managed";

/**
 * Go templates for `podman network inspect --format`, valid on podman 4.3 and later.
 * The script sorts the subnets it reads back: their order of creation carries no meaning.
 */
export const inspectFormats = {
  subnets: "{{range .Subnets}}{{.Subnet}} {{end}}",
  flags: "ipv6={{.IPv6Enabled}} internal={{.Internal}}",
  managed: `{{index .Labels "${managedLabel}"}}`,
  attached: "{{.Names}}",
} as const;

export interface ContainerPlan {
  readonly name: string;
  /** The container's unit when its serviceName option is missing (NixOS before 24.11). */
  readonly fallbackServiceName: string;
}

export interface NetworkPlan {
  readonly name: string;
  /** systemd unit (without .service) of the oneshot that creates the network. */
  readonly unitName: string;
  readonly unitService: string;
  readonly ipv4: Subnet;
  readonly ipv6: Subnet;
  readonly containers: ReadonlyArray<ContainerPlan>;
  /** `podman network create …` arguments, in order, without the leading `podman`. */
  readonly createArgs: ReadonlyArray<string>;
  /** What `inspect` must print (sorted subnets, then flags) for the network to count as current. */
  readonly wantedSubnets: string;
  readonly wantedFlags: string;
  readonly inspectFormats: typeof inspectFormats;
}

export interface HostPlan {
  readonly host: string;
  /** The output as written in the spec (relative to the spec) and as an absolute path. */
  readonly output: string;
  readonly outputFile: string;
  /** The spec's path relative to the output's folder, for the header comment. */
  readonly specFile: string;
  readonly uplinkInterface: string;
  readonly uplinkAddress: string;
  /** SLAAC uplinks need accept_ra = 2 once forwarding is on. */
  readonly acceptRa2: boolean;
  readonly networks: ReadonlyArray<NetworkPlan>;
  readonly untouched: ReadonlyArray<string>;
}

const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export function planNetwork(name: string, network: Network): NetworkPlan {
  const ipv4 = parseSubnet(network.ipv4);
  const ipv6 = parseSubnet(network.ipv6);
  return {
    name,
    unitName: `podnet-network-${name}`,
    unitService: `podnet-network-${name}.service`,
    ipv4,
    ipv6,
    containers: [...new Set(network.containers ?? [])]
      .map((container) => ({ name: container, fallbackServiceName: `podman-${container}` }))
      .sort(byName),
    createArgs: ["network", "create", "--ipv6", "--subnet", ipv4.text, "--subnet", ipv6.text, "--label", `${managedLabel}=true`, name],
    wantedSubnets: [ipv4.text, ipv6.text].sort().join(" "),
    wantedFlags: "ipv6=true internal=false",
    inspectFormats,
  };
}

export function planHost(host: string, config: Host, specFile: string): HostPlan {
  const specDir = path.dirname(path.resolve(specFile));
  const outputFile = path.resolve(specDir, config.output);
  return {
    host,
    output: config.output,
    outputFile,
    specFile: path.relative(path.dirname(outputFile), path.resolve(specFile)).split(path.sep).join("/"),
    uplinkInterface: config.uplink.interface,
    uplinkAddress: config.uplink.ipv6.address,
    acceptRa2: config.uplink.ipv6.addressing === "slaac",
    networks: (Object.entries(config.networks) as Array<[string, Network]>).map(([name, network]) => planNetwork(name, network)).sort(byName),
    untouched: [...new Set(config.untouched ?? [])].sort(),
  };
}

export function plan(spec: Spec, specFile: string): HostPlan[] {
  return (Object.entries(spec.hosts) as Array<[string, Host]>)
    .map(([host, config]) => planHost(host, config, specFile))
    .sort((a, b) => (a.host < b.host ? -1 : a.host > b.host ? 1 : 0));
}
