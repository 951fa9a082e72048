/**
 * Address math on top of ip-num. Everything else in podnet speaks in `Subnet` values: numeric
 * bounds for comparisons and a canonical text form (compressed, lower-case) for output.
 */
import { collapseIPv6Number, IPv4, IPv4CidrRange, IPv6, IPv6CidrRange, Validator } from "ip-num";

export type Family = "ipv4" | "ipv6";

export interface Subnet {
  readonly family: Family;
  readonly first: bigint;
  readonly last: bigint;
  readonly prefix: number;
  /** Canonical text of the network (host bits cleared), e.g. `fdaa:bbcc:ddee::/64`. */
  readonly text: string;
}

export interface Address {
  readonly family: Family;
  readonly value: bigint;
  readonly text: string;
}

export const isIpv4CidrNotation = (text: string): boolean => Validator.isValidIPv4CidrNotation(text)[0];
export const isIpv6CidrNotation = (text: string): boolean => Validator.isValidIPv6CidrNotation(text)[0];
export const isIpv4Address = (text: string): boolean => Validator.isValidIPv4String(text)[0];
export const isIpv6Address = (text: string): boolean => Validator.isValidIPv6String(text)[0] && !text.includes("/");

function canonicalIpv6(text: string): string {
  return collapseIPv6Number(text).toLowerCase();
}

/**
 * Pure and called by many rules on the same text: remembered per text. ip-num's IPv6 parsing
 * dominated validation time before this (see the benchmark in the README).
 */
function memoized<T>(parse: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      value = parse(text);
      cache.set(text, value);
    }
    return value;
  };
}

/** Parses CIDR notation; host bits are dropped (use `hasHostBits` to detect them). */
export const parseSubnet = memoized(parseSubnetUncached);

function parseSubnetUncached(text: string): Subnet {
  if (isIpv4CidrNotation(text)) {
    const range = IPv4CidrRange.fromCidr(text);
    const prefix = Number(range.getPrefix().getValue());
    const first = range.getFirst();
    return { family: "ipv4", first: first.getValue(), last: range.getLast().getValue(), prefix, text: `${first.toString()}/${prefix}` };
  }
  if (isIpv6CidrNotation(text)) {
    const range = IPv6CidrRange.fromCidr(text);
    const prefix = Number(range.getPrefix().getValue());
    const first = range.getFirst();
    return { family: "ipv6", first: first.getValue(), last: range.getLast().getValue(), prefix, text: `${canonicalIpv6(first.toString())}/${prefix}` };
  }
  throw new Error(`not CIDR notation: ${text}`);
}

/** `10.89.0.5/24` names a host inside 10.89.0.0/24, not a network. */
export function hasHostBits(text: string): boolean {
  const slash = text.indexOf("/");
  const address = parseAddress(text.slice(0, slash));
  return address.value !== parseSubnet(text).first;
}

export const parseAddress = memoized(parseAddressUncached);

function parseAddressUncached(text: string): Address {
  if (isIpv4Address(text)) return { family: "ipv4", value: IPv4.fromString(text).getValue(), text };
  if (isIpv6Address(text)) return { family: "ipv6", value: IPv6.fromString(text).getValue(), text: canonicalIpv6(text) };
  throw new Error(`not an IP address: ${text}`);
}

export function addressText(family: Family, value: bigint): string {
  return family === "ipv4" ? IPv4.fromNumber(value).toString() : canonicalIpv6(IPv6.fromBigInt(value).toString());
}

export const contains = (outer: Subnet, inner: Subnet): boolean =>
  outer.family === inner.family && outer.first <= inner.first && inner.last <= outer.last;

export const overlaps = (a: Subnet, b: Subnet): boolean =>
  a.family === b.family && a.first <= b.last && b.first <= a.last;

export const containsAddress = (subnet: Subnet, address: Address): boolean =>
  subnet.family === address.family && subnet.first <= address.value && address.value <= subnet.last;

/** Number of addresses in the subnet. */
export const size = (subnet: Subnet): bigint => subnet.last - subnet.first + 1n;

/**
 * Pairs of overlapping items, found by sorting on the start address and sweeping with the
 * furthest end seen so far: O(n log n + k) for k reported pairs, never a full n² comparison.
 */
export function findOverlaps<T>(items: readonly T[], subnetOf: (item: T) => Subnet): Array<[T, T]> {
  const sorted = [...items].sort((a, b) => {
    const x = subnetOf(a);
    const y = subnetOf(b);
    if (x.family !== y.family) return x.family < y.family ? -1 : 1;
    return x.first < y.first ? -1 : x.first > y.first ? 1 : 0;
  });
  const pairs: Array<[T, T]> = [];
  // Items whose range is still open at the sweep position; nested subnets keep several open.
  let open: T[] = [];
  for (const item of sorted) {
    const current = subnetOf(item);
    open = open.filter((other) => {
      const o = subnetOf(other);
      return o.family === current.family && o.last >= current.first;
    });
    for (const other of open) pairs.push([other, item]);
    open.push(item);
  }
  return pairs;
}

export const wellKnown = {
  podmanDefault: parseSubnet("10.88.0.0/16"),
  // podman's default_subnet_pools: 10.89.0.0/16 … 10.255.0.0/16, handed out as /24s.
  podmanPool: { family: "ipv4", first: parseSubnet("10.89.0.0/16").first, last: parseSubnet("10.255.0.0/16").last, prefix: 0, text: "10.89.0.0–10.255.255.255" } satisfies Subnet,
  rfc1918: [parseSubnet("10.0.0.0/8"), parseSubnet("172.16.0.0/12"), parseSubnet("192.168.0.0/16")],
  ula: parseSubnet("fc00::/7"),
  ulaLocal: parseSubnet("fd00::/8"),
  ulaReserved: parseSubnet("fc00::/8"),
  globalUnicast: parseSubnet("2000::/3"),
  documentation: parseSubnet("2001:db8::/32"),
} as const;
