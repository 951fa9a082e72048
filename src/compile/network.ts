/**
 * Pure views of a decoded network that rules and plan share: its subnets, its containers with
 * their static addresses, and its gateways (custom, or podman's default: the first address).
 * Everything here is already parsed by decoding.
 */
import { type Address, addressText, type Subnet } from "./net/cidr.js";
import type { ContainerEntry, Network } from "./schema.js";

export const isIpv6Only = (network: Network): boolean => network.mode === "ipv6-only";

/** The containers that join the network, as decoding listed them. */
export const containerEntries = (network: Network): ReadonlyArray<ContainerEntry> => network.containers ?? [];

/** The IPv4 subnet, unless the network is IPv6-only (or the spec forgot it: a rule reports that). */
export const ipv4Subnet = (network: Network): Subnet | undefined => (isIpv6Only(network) ? undefined : network.ipv4);

/** The gateway podman will use in `subnet`, in canonical form: the custom one, else the subnet's first address. */
export function gatewayOf(subnet: Subnet, custom: Address | undefined): string {
  return custom?.text ?? addressText(subnet.family, subnet.first + 1n);
}

/**
 * The dotted sysctl key of one of an interface's IPv6 settings, as sysctl(8), sysctl.d and
 * boot.kernel.sysctl name it: a dot in the interface name (a VLAN such as eth0.100) is written
 * as '/', because every '.' of a dotted key separates path parts. The /proc/sys path keeps the
 * name as it is: /proc/sys/net/ipv6/conf/eth0.100/accept_ra is net.ipv6.conf.eth0/100.accept_ra.
 */
export const ipv6ConfKey = (iface: string, setting: "accept_ra" | "disable_ipv6" | "forwarding"): string =>
  `net.ipv6.conf.${iface.replaceAll(".", "/")}.${setting}`;
