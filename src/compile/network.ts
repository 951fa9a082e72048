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
