/**
 * plan: the decoded, validated spec resolved into everything the templates print.
 * Templates make no decisions; every name, ordering and command line is fixed here.
 */
import path from "node:path";
import type { InterfaceAddress, Subnet } from "./net/cidr.js";
import { containerEntries, gatewayOf, ipv4Subnet, ipv6ConfKey, isIpv6Only } from "./network.js";
import { defaultPodmanVersion, dnsFlagSince, versionAtLeast } from "./podman-version.js";
import type { Host, Network, Spec } from "./schema.js";

/** Label podnet puts on the networks it creates; only those may be recreated on drift. */
const managedLabel = "io.podnet.managed";

/**
 * Go templates for `podman network inspect --format`, valid on podman 4.3 and later.
 * The script sorts the subnets it reads back: their order of creation carries no meaning.
 */
export const inspectFormats = {
  subnets: "{{range .Subnets}}{{.Subnet}} {{end}}",
  gateways: "{{range .Subnets}}{{.Gateway}} {{end}}",
  flags: `ipv6={{.IPv6Enabled}} internal={{.Internal}} isolate={{index .Options "isolate"}} mtu={{index .Options "mtu"}}`,
  // podman 4.4+ only (earlier podman has no such field and the template would fail): the servers
  // aardvark-dns forwards to, as podman stores them.
  dns: "{{range .NetworkDNSServers}}{{.}} {{end}}",
  managed: `{{index .Labels "${managedLabel}"}}`,
  attached: "{{.Names}}",
} as const;

export interface ContainerPlan {
  readonly name: string;
  /** The container's unit when its serviceName option is missing (NixOS before 24.11). */
  readonly fallbackServiceName: string;
  /** `podman run` options for the static addresses the spec gives (the module adds the network). */
  readonly addressOptions: ReadonlyArray<string>;
}

export interface NetworkPlan {
  readonly name: string;
  /** systemd unit (without .service) of the oneshot that creates the network. */
  readonly unitName: string;
  readonly unitService: string;
  readonly mode: "dual-stack" | "ipv6-only";
  readonly internal: boolean;
  /** netavark's isolate option as podman stores it: "", "true" or "strict". */
  readonly isolate: "" | "true" | "strict";
  /** The bridge MTU option as podman stores it ("" when unset). */
  readonly mtu: string;
  /** Absent for ipv6-only networks. */
  readonly ipv4?: Subnet;
  readonly ipv6: Subnet;
  /** Both subnets, IPv4 first (the IPv6 one alone for ipv6-only networks). */
  readonly subnets: ReadonlyArray<Subnet>;
  /** Subnets as the unit description shows them: "10.89.0.0/24, fdaa:bbcc:ddee::/64". */
  readonly subnetList: string;
  readonly containers: ReadonlyArray<ContainerPlan>;
  /** `podman network create …` arguments, in order, without the leading `podman`. */
  readonly createArgs: ReadonlyArray<string>;
  /** What `inspect` must print (sorted subnets; flags and sorted gateways) for the network to count as current. */
  readonly wantedSubnets: string;
  readonly wantedFlags: string;
  readonly wantedGateways: string;
  /**
   * The dns servers, sorted, in podman's canonical form. When the host's podman can report them
   * (`checksDns`: 4.4+) a changed list is drift like a changed subnet; older podman has no dns.
   */
  readonly wantedDns: string;
  readonly checksDns: boolean;
  readonly inspectFormats: typeof inspectFormats;
}

/**
 * What the host's Docker-forward script needs to know: per tool, each egress subnet followed by
 * its network (the rules' `podnet:<network>` mark). The script's steps build two rules from each
 * pair (egress out of the uplink, and its replies); they are the same text on every host.
 */
export interface DockerEgress {
  readonly iptables: ReadonlyArray<string>;
  readonly ip6tables: ReadonlyArray<string>;
}

export interface HostPlan {
  readonly host: string;
  /** The output as written in the spec (relative to the spec) and as an absolute path. */
  readonly output: string;
  readonly outputFile: string;
  /** The spec's path relative to the output's folder, for the header comment. */
  readonly specFile: string;
  readonly uplinkInterface: string;
  /** The uplink's address (canonical) and prefix length: the NAT66 source. */
  readonly uplink: InterfaceAddress;
  /** SLAAC uplinks need accept_ra = 2 once forwarding is on. */
  readonly acceptRa2: boolean;
  /**
   * The uplink's accept_ra key as sysctl.d reads it: a dot in the interface name (a VLAN such as
   * eth0.100) is written as '/', because systemd-sysctl turns every '.' of a dotted key into '/'.
   */
  readonly acceptRaKey: string;
  /** The uplink's disable_ipv6 key, spelled as acceptRaKey is: on, the uplink has no IPv6 address. */
  readonly uplinkDisableIpv6Key: string;
  readonly networks: ReadonlyArray<NetworkPlan>;
  readonly untouched: ReadonlyArray<string>;
  /** The subnets Docker's DOCKER-USER chain lets out (none, where no network has egress). */
  readonly dockerEgress: DockerEgress;
  /** nftables rules for NixOS's forward-allow chain (networking.firewall.extraForwardRules). */
  readonly forwardRules: ReadonlyArray<string>;
}

/**
 * Canonical texts, sorted and joined: how the plan writes what it wants from `podman network
 * inspect`, and how prove writes what podman has, so that the two compare as text.
 */
export const wantedList = (values: ReadonlyArray<{ readonly text: string }>): string =>
  values
    .map((value) => value.text)
    .sort()
    .join(" ");

const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function planNetwork(name: string, network: Network, podmanVersion = defaultPodmanVersion): NetworkPlan {
  const ipv4 = ipv4Subnet(network);
  const ipv6 = network.ipv6;
  const subnets = ipv4 ? [ipv4, ipv6] : [ipv6];
  const customGateway = network.gateway?.ipv4 !== undefined || network.gateway?.ipv6 !== undefined;
  // podman pairs --gateway flags with --subnet flags by position, so once one gateway is custom
  // every subnet gets its gateway spelled out (the default being the first address).
  const gateways = subnets.map((subnet) => gatewayOf(subnet, network.gateway?.[subnet.family]));
  const internal = network.internal === true;
  const isolate: NetworkPlan["isolate"] = network.isolate === "strict" ? "strict" : network.isolate === true ? "true" : "";
  const createArgs = [
    "network",
    "create",
    // Measured on podman 4.3: --ipv6 with only an IPv6 subnet silently adds an IPv4 subnet from
    // the automatic pool; without --ipv6, a lone IPv6 subnet makes a true IPv6-only network.
    ...(ipv4 ? ["--ipv6"] : []),
    ...subnets.flatMap((subnet) => ["--subnet", subnet.text]),
    ...(customGateway ? gateways.flatMap((gateway) => ["--gateway", gateway]) : []),
    ...(internal ? ["--internal"] : []),
    ...(isolate ? ["--opt", `isolate=${isolate}`] : []),
    ...(network.mtu === undefined ? [] : ["--opt", `mtu=${network.mtu}`]),
    ...(network.dns ?? []).flatMap((server) => ["--dns", server.text]),
    "--label",
    `${managedLabel}=true`,
    name,
  ];
  const containers = containerEntries(network)
    .map((entry) => ({
      name: entry.name,
      fallbackServiceName: `podman-${entry.name}`,
      addressOptions: [...(entry.ipv4 ? [`--ip=${entry.ipv4.text}`] : []), ...(entry.ipv6 ? [`--ip6=${entry.ipv6.text}`] : [])],
    }))
    .sort(byName);
  return {
    name,
    unitName: `podnet-network-${name}`,
    unitService: `podnet-network-${name}.service`,
    mode: isIpv6Only(network) ? "ipv6-only" : "dual-stack",
    internal,
    isolate,
    mtu: network.mtu === undefined ? "" : String(network.mtu),
    ...(ipv4 ? { ipv4 } : {}),
    ipv6,
    subnets,
    subnetList: subnets.map((subnet) => subnet.text).join(", "),
    containers,
    createArgs,
    wantedSubnets: wantedList(subnets),
    wantedFlags: `ipv6=true internal=${internal} isolate=${isolate} mtu=${network.mtu ?? ""}`,
    wantedGateways: [...gateways].sort().join(" "),
    wantedDns: wantedList(network.dns ?? []),
    checksDns: versionAtLeast(podmanVersion, dnsFlagSince),
    inspectFormats,
  };
}

/** Subnets that have egress (internal networks have none by design), with their network. */
function egressSubnets(networks: ReadonlyArray<NetworkPlan>): Array<{ network: string; subnet: Subnet }> {
  return networks
    .filter((network) => !network.internal)
    .flatMap((network) => network.subnets.map((subnet) => ({ network: network.name, subnet })));
}

/**
 * The egress subnets for Docker's DOCKER-USER chain, by tool, each with its network. The rules
 * are narrow on purpose (the script's steps say how): a packet that arrives on the uplink with a
 * podnet source address, or that goes to Docker's own bridges, is left to Docker's rules. A host
 * with no egress at all still gets the unit: it removes rules an earlier spec put there.
 */
function dockerEgress(networks: ReadonlyArray<NetworkPlan>): DockerEgress {
  const egress = egressSubnets(networks);
  const pairs = (family: Subnet["family"]) =>
    egress.filter(({ subnet }) => subnet.family === family).flatMap(({ network, subnet }) => [subnet.text, network]);
  return { iptables: pairs("ipv4"), ip6tables: pairs("ipv6") };
}

// New connections from a podman bridge out of the uplink: a packet arriving on the uplink with a
// podnet source address is not egress. Replies need no rule: NixOS's forward chain accepts
// established and related traffic before it jumps to forward-allow, which sees only new ones.
function forwardRules(networks: ReadonlyArray<NetworkPlan>, uplink: string): string[] {
  return egressSubnets(networks).map(
    ({ network, subnet }) =>
      `iifname "podman*" oifname "${uplink}" ${subnet.family === "ipv4" ? "ip" : "ip6"} saddr ${subnet.text} accept comment "podnet ${network} egress"`,
  );
}

export function planHost(host: string, config: Host, specFile: string): HostPlan {
  const specDir = path.dirname(path.resolve(specFile));
  const outputFile = path.resolve(specDir, config.output);
  const podmanVersion = config.podman?.version ?? defaultPodmanVersion;
  const networks = (Object.entries(config.networks) as Array<[string, Network]>)
    .map(([name, network]) => planNetwork(name, network, podmanVersion))
    .sort(byName);
  return {
    host,
    output: config.output,
    outputFile,
    specFile: path.relative(path.dirname(outputFile), path.resolve(specFile)).split(path.sep).join("/"),
    uplinkInterface: config.uplink.interface,
    uplink: config.uplink.ipv6.address,
    acceptRa2: config.uplink.ipv6.addressing === "slaac",
    acceptRaKey: ipv6ConfKey(config.uplink.interface, "accept_ra"),
    uplinkDisableIpv6Key: ipv6ConfKey(config.uplink.interface, "disable_ipv6"),
    networks,
    untouched: [...new Set(config.untouched ?? [])].sort(),
    dockerEgress: dockerEgress(networks),
    forwardRules: forwardRules(networks, config.uplink.interface),
  };
}

export function plan(spec: Spec, specFile: string): HostPlan[] {
  return (Object.entries(spec.hosts) as Array<[string, Host]>)
    .map(([host, config]) => planHost(host, config, specFile))
    .sort((a, b) => (a.host < b.host ? -1 : a.host > b.host ? 1 : 0));
}
