/**
 * Address math. Text is parsed once, here, into values that carry numeric bounds for comparisons
 * and the canonical text podman and the kernel print (IPv6 compressed and lower-case, IPv4
 * without leading zeros), next to the text as the spec wrote it.
 *
 * IPv6 text is read here on 16-bit groups (RFC 4291 section 2.2: one to four hex digits per
 * group, at most one `::`, an optional dotted IPv4 tail), which both decides whether it is an
 * address and gives its value. ip-num, which did this, goes through strings of binary digits
 * (about 14 µs per address, most of the time a 1,000-host fleet took to validate) and weighs
 * 145 KB in the hook's start-up; it stays the tests' oracle: property tests hold the verdicts,
 * values and canonical text here equal to ip-num's (test/unit/cidr.test.ts).
 *
 * Every parser is total: malformed input gives a reason, never an exception.
 */
export type Family = "ipv4" | "ipv6";

export interface Subnet {
  readonly family: Family;
  readonly first: bigint;
  readonly last: bigint;
  readonly prefix: number;
  /** Canonical text of the network (host bits cleared), e.g. `fdaa:bbcc:ddee::/64`. */
  readonly text: string;
  /** The text as the spec wrote it. */
  readonly written: string;
  /** The written address had host bits set (`10.89.0.5/24`): it names a host, not a network. */
  readonly hostBits: boolean;
}

export interface Address {
  readonly family: Family;
  readonly value: bigint;
  /** Canonical text, as podman and `ip` print it. */
  readonly text: string;
  readonly written: string;
}

/** An address on an interface, with its prefix length (the uplink's `2a01:…::1/64`). */
export interface InterfaceAddress {
  readonly address: Address;
  readonly prefix: number;
  /** The interface's subnet (the address with host bits cleared). */
  readonly subnet: Subnet;
  readonly written: string;
}

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

const octet = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
const ipv4Pattern = new RegExp(`^${octet}(?:\\.${octet}){3}$`, "u");
// Hex groups, colons and an optional embedded IPv4 tail; nothing else (no zone, no spaces).
const ipv6Characters = /^[0-9A-Fa-f:.]+$/u;
const prefixPattern = /^(?:0|[1-9][0-9]{0,2})$/u;

const zoneIndex = "has a zone index (%…), which names a link, not an address podman or a route can use; remove the %… part";

/** Validated IPv4 text (four decimal octets) as a number. */
function ipv4Value(text: string): bigint {
  let value = 0;
  for (const octet of text.split(".")) value = value * 256 + Number(octet);
  return BigInt(value);
}

/** The eight 16-bit groups of IPv6 text, or undefined; `::` and a dotted IPv4 tail are expanded. */
function ipv6Groups(text: string): number[] | undefined {
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const groupsOf = (part: string): number[] | undefined => {
    if (part === "") return [];
    const words = part.split(":");
    const groups: number[] = [];
    for (const [index, word] of words.entries()) {
      if (index === words.length - 1 && word.includes(".")) {
        if (!ipv4Pattern.test(word)) return undefined;
        const tail = Number(ipv4Value(word));
        groups.push(Math.floor(tail / 0x10000), tail % 0x10000);
      } else if (/^[0-9A-Fa-f]{1,4}$/u.test(word)) groups.push(Number.parseInt(word, 16));
      else return undefined;
    }
    return groups;
  };
  const head = groupsOf(halves[0] ?? "");
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? "") : [];
  if (head === undefined || tail === undefined) return undefined;
  if (halves.length === 1) return head.length === 8 ? head : undefined;
  const missing = 8 - head.length - tail.length;
  return missing >= 1 ? [...head, ...new Array<number>(missing).fill(0), ...tail] : undefined;
}

function ipv6Value(groups: ReadonlyArray<number>): bigint {
  // Four 32-bit words: half the BigInt operations of one per group.
  let value = 0n;
  for (let i = 0; i < 8; i += 2) value = (value << 32n) | BigInt(groups[i]! * 0x10000 + groups[i + 1]!);
  return value;
}

function groupsOfValue(value: bigint): number[] {
  const groups: number[] = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push(Number((value >> shift) & 0xffffn));
  return groups;
}

/** RFC 5952: lower case, no leading zeros, the longest run (two or more) of zero groups as `::`, the first on a tie. */
function canonicalIpv6(groups: ReadonlyArray<number>): string {
  let bestStart = -1;
  let bestLength = 1;
  for (let start = 0; start < 8; ) {
    let end = start;
    while (end < 8 && groups[end] === 0) end++;
    if (end - start > bestLength) {
      bestStart = start;
      bestLength = end - start;
    }
    start = end === start ? start + 1 : end;
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}

export function addressText(family: Family, value: bigint): string {
  if (family === "ipv6") return canonicalIpv6(groupsOfValue(value));
  const number = Number(value);
  return [number >>> 24, (number >>> 16) & 0xff, (number >>> 8) & 0xff, number & 0xff].join(".");
}

/** An IP address without prefix length; `family` restricts it to one family. */
export function parseAddress(text: string, family?: Family): Parsed<Address> {
  if (text.includes("%")) return { ok: false, reason: zoneIndex };
  if (text !== text.trim()) return { ok: false, reason: "has spaces around it" };
  // Read once: IPv4 text is never IPv6 text (a dotted tail needs colons before it).
  const isIpv4 = ipv4Pattern.test(text);
  const groups = !isIpv4 && ipv6Characters.test(text) ? ipv6Groups(text) : undefined;
  if (family === "ipv4" && !isIpv4)
    return { ok: false, reason: "is not an IPv4 address (four decimal numbers 0-255 without leading zeros)" };
  if (family === "ipv6" && groups === undefined) return { ok: false, reason: "is not an IPv6 address" };
  if (groups === undefined) {
    if (!isIpv4) return { ok: false, reason: "is not an IPv4 or IPv6 address" };
    const value = ipv4Value(text);
    return { ok: true, value: { family: "ipv4", value, text: addressText("ipv4", value), written: text } };
  }
  return { ok: true, value: { family: "ipv6", value: ipv6Value(groups), text: canonicalIpv6(groups), written: text } };
}

function splitPrefix(text: string, family: Family | undefined): Parsed<{ address: Address; prefix: number }> {
  if (text.includes("%")) return { ok: false, reason: zoneIndex };
  const slash = text.lastIndexOf("/");
  if (slash < 0) return { ok: false, reason: "has no prefix length (/…)" };
  const address = parseAddress(text.slice(0, slash), family);
  if (!address.ok) return address;
  const prefixText = text.slice(slash + 1);
  const max = address.value.family === "ipv4" ? 32 : 128;
  if (!prefixPattern.test(prefixText) || Number(prefixText) > max) {
    return { ok: false, reason: `has prefix length /${prefixText}; it must be a whole number from 0 to ${max}` };
  }
  return { ok: true, value: { address: address.value, prefix: Number(prefixText) } };
}

function subnetOf(address: Address, prefix: number, written: string): Subnet {
  const bits = address.family === "ipv4" ? 32 : 128;
  const size = 1n << BigInt(bits - prefix);
  const first = (address.value / size) * size;
  const last = first + size - 1n;
  return {
    family: address.family,
    first,
    last,
    prefix,
    text: `${first === address.value ? address.text : addressText(address.family, first)}/${prefix}`,
    written,
    hostBits: first !== address.value,
  };
}

/** CIDR notation (`10.89.0.0/24`, `fdaa:bbcc:ddee::/64`); host bits are kept as `hostBits`. */
export function parseSubnet(text: string, family?: Family): Parsed<Subnet> {
  const split = splitPrefix(text, family);
  if (!split.ok) return split;
  return { ok: true, value: subnetOf(split.value.address, split.value.prefix, text) };
}

/**
 * A prefix as routes and packet filters print it (`ip -j route`, nft, iptables-save): CIDR, or a
 * bare address, which stands for that one address (/32, /128).
 */
export function parsePrefix(text: string, family?: Family): Parsed<Subnet> {
  if (text.includes("/")) return parseSubnet(text, family);
  const address = parseAddress(text, family);
  if (!address.ok) return address;
  return { ok: true, value: subnetOf(address.value, address.value.family === "ipv4" ? 32 : 128, text) };
}

/** An interface address with its prefix length, as `ip addr` shows it. */
export function parseInterfaceAddress(text: string, family?: Family): Parsed<InterfaceAddress> {
  const split = splitPrefix(text, family);
  if (!split.ok) return split;
  const { address, prefix } = split.value;
  return { ok: true, value: { address, prefix, subnet: subnetOf(address, prefix, text), written: text } };
}

/** For constants and values already known to be valid: throws on a programming error. */
export function subnet(text: string): Subnet {
  const parsed = parseSubnet(text);
  if (!parsed.ok) throw new Error(`${text} ${parsed.reason}`);
  return parsed.value;
}

export function address(text: string): Address {
  const parsed = parseAddress(text);
  if (!parsed.ok) throw new Error(`${text} ${parsed.reason}`);
  return parsed.value;
}

export const contains = (outer: Subnet, inner: Subnet): boolean =>
  outer.family === inner.family && outer.first <= inner.first && inner.last <= outer.last;

/** The same network, however either was spelled. */
export const sameSubnet = (a: Subnet, b: Subnet): boolean => a.family === b.family && a.first === b.first && a.last === b.last;

export const overlaps = (a: Subnet, b: Subnet): boolean => a.family === b.family && a.first <= b.last && b.first <= a.last;

export const containsAddress = (subnet: Subnet, address: Address): boolean =>
  subnet.family === address.family && subnet.first <= address.value && address.value <= subnet.last;

/** Number of addresses in the subnet. */
export const size = (subnet: Subnet): bigint => subnet.last - subnet.first + 1n;

/**
 * Each item that overlaps an earlier one, paired with one earlier item it overlaps (the one that
 * reaches furthest). Sort by start, then sweep keeping only that furthest-reaching item:
 * O(n log n) and at most n - 1 pairs, also when every subnet overlaps every other.
 */
export function findOverlaps<T>(items: readonly T[], subnetOf: (item: T) => Subnet): Array<[T, T]> {
  const sorted = [...items].sort((a, b) => {
    const x = subnetOf(a);
    const y = subnetOf(b);
    if (x.family !== y.family) return x.family < y.family ? -1 : 1;
    return x.first < y.first ? -1 : x.first > y.first ? 1 : 0;
  });
  const pairs: Array<[T, T]> = [];
  let reach: T | undefined;
  for (const item of sorted) {
    const current = subnetOf(item);
    const furthest = reach === undefined ? undefined : subnetOf(reach);
    if (furthest !== undefined && furthest.family === current.family && furthest.last >= current.first) {
      pairs.push([reach!, item]);
      if (current.last > furthest.last) reach = item;
    } else {
      reach = item;
    }
  }
  return pairs;
}

export const wellKnown = {
  podmanDefault: subnet("10.88.0.0/16"),
  // podman's default_subnet_pools: 10.89.0.0/16 … 10.255.0.0/16, handed out as /24s.
  podmanPool: {
    ...subnet("10.89.0.0/16"),
    last: subnet("10.255.0.0/16").last,
    prefix: 0,
    text: "10.89.0.0–10.255.255.255",
    written: "",
  } satisfies Subnet,
  rfc1918: [subnet("10.0.0.0/8"), subnet("172.16.0.0/12"), subnet("192.168.0.0/16")],
  ula: subnet("fc00::/7"),
  ulaLocal: subnet("fd00::/8"),
  ulaReserved: subnet("fc00::/8"),
  globalUnicast: subnet("2000::/3"),
  documentation: subnet("2001:db8::/32"),
  // Not usable as resolvers: unspecified, multicast, broadcast; IPv6 link-local needs a zone.
  unspecified4: subnet("0.0.0.0/8"),
  unspecified6: subnet("::/128"),
  multicast4: subnet("224.0.0.0/4"),
  broadcast4: subnet("255.255.255.255/32"),
  multicast6: subnet("ff00::/8"),
  linkLocal6: subnet("fe80::/10"),
  linkLocal4: subnet("169.254.0.0/16"),
} as const;
