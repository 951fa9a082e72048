/**
 * Pure views of a decoded network that rules and plan share: its subnets, its containers with
 * their static addresses, and its gateways (custom, or podman's default: the first address).
 */
import { addressText, parseSubnet, type Subnet } from "../net/cidr.js";
import type { Network } from "./schema.js";

export interface ContainerEntry {
  readonly name: string;
  readonly ipv4?: string;
  readonly ipv6?: string;
  /** Position in the spec: list index, or the mapping key. */
  readonly key: string | number;
}

export const isIpv6Only = (network: Network): boolean => network.mode === "ipv6-only";

export function containerEntries(network: Network): ContainerEntry[] {
  const containers = network.containers;
  if (containers === undefined) return [];
  if (Array.isArray(containers)) return (containers as ReadonlyArray<string>).map((name, index) => ({ name, key: index }));
  return Object.entries(containers as Record<string, { ipv4?: string; ipv6?: string }>).map(([name, addresses]) => ({
    name,
    key: name,
    ...(addresses.ipv4 === undefined ? {} : { ipv4: addresses.ipv4 }),
    ...(addresses.ipv6 === undefined ? {} : { ipv6: addresses.ipv6 }),
  }));
}

/** The IPv4 subnet, unless the network is IPv6-only (or the spec forgot it: a rule reports that). */
export const ipv4Subnet = (network: Network): Subnet | undefined =>
  network.ipv4 === undefined || isIpv6Only(network) ? undefined : parseSubnet(network.ipv4);

export const ipv6Subnet = (network: Network): Subnet => parseSubnet(network.ipv6);

/** The gateway podman will use in `subnet`: the custom one, else the subnet's first address. */
export function gatewayOf(subnet: Subnet, custom: string | undefined): string {
  return custom ?? addressText(subnet.family, subnet.first + 1n);
}
