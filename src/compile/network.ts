/**
 * Pure views of a decoded network that rules and plan share: its subnets, its containers with
 * their static addresses, and its gateways (custom, or podman's default: the first address).
 * Everything here is already parsed by decoding.
 */
import { type Address, addressText, type Subnet } from "./net/cidr.js";
import type { Network } from "./schema.js";

export interface ContainerEntry {
  readonly name: string;
  readonly ipv4?: Address;
  readonly ipv6?: Address;
  /** Position in the spec: list index, or the mapping key. */
  readonly key: string | number;
}

export const isIpv6Only = (network: Network): boolean => network.mode === "ipv6-only";

export function containerEntries(network: Network): ContainerEntry[] {
  const containers = network.containers;
  if (containers === undefined) return [];
  if (Array.isArray(containers)) return (containers as ReadonlyArray<string>).map((name, index) => ({ name, key: index }));
  return Object.entries(containers as Record<string, { ipv4?: Address; ipv6?: Address }>).map(([name, addresses]) => ({
    name,
    key: name,
    ...(addresses.ipv4 === undefined ? {} : { ipv4: addresses.ipv4 }),
    ...(addresses.ipv6 === undefined ? {} : { ipv6: addresses.ipv6 }),
  }));
}

/** The IPv4 subnet, unless the network is IPv6-only (or the spec forgot it: a rule reports that). */
export const ipv4Subnet = (network: Network): Subnet | undefined => (isIpv6Only(network) ? undefined : network.ipv4);

/** The gateway podman will use in `subnet`, in canonical form: the custom one, else the subnet's first address. */
export function gatewayOf(subnet: Subnet, custom: Address | undefined): string {
  return custom?.text ?? addressText(subnet.family, subnet.first + 1n);
}
