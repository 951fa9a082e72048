import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);

// src/compile/net/cidr.ts
var octet = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
var ipv4Pattern = new RegExp(`^${octet}(?:\\.${octet}){3}$`, "u");
var ipv6Characters = /^[0-9A-Fa-f:.]+$/u;
var prefixPattern = /^(?:0|[1-9][0-9]{0,2})$/u;
var zoneIndex = "has a zone index (%\u2026), which names a link, not an address podman or a route can use; remove the %\u2026 part";
function ipv4Value(text) {
  let value = 0;
  for (const octet2 of text.split(".")) value = value * 256 + Number(octet2);
  return BigInt(value);
}
function ipv6Groups(text) {
  const halves = text.split("::");
  if (halves.length > 2) return void 0;
  const groupsOf = (part) => {
    if (part === "") return [];
    const words = part.split(":");
    const groups = [];
    for (const [index, word] of words.entries()) {
      if (index === words.length - 1 && word.includes(".")) {
        if (!ipv4Pattern.test(word)) return void 0;
        const tail2 = Number(ipv4Value(word));
        groups.push(Math.floor(tail2 / 65536), tail2 % 65536);
      } else if (/^[0-9A-Fa-f]{1,4}$/u.test(word)) groups.push(Number.parseInt(word, 16));
      else return void 0;
    }
    return groups;
  };
  const head = groupsOf(halves[0] ?? "");
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? "") : [];
  if (head === void 0 || tail === void 0) return void 0;
  if (halves.length === 1) return head.length === 8 ? head : void 0;
  const missing = 8 - head.length - tail.length;
  return missing >= 1 ? [...head, ...new Array(missing).fill(0), ...tail] : void 0;
}
function ipv6Value(groups) {
  let value = 0n;
  for (let i = 0; i < 8; i += 2) value = value << 32n | BigInt(groups[i] * 65536 + groups[i + 1]);
  return value;
}
function groupsOfValue(value) {
  const groups = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push(Number(value >> shift & 0xffffn));
  return groups;
}
function canonicalIpv6(groups) {
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
function addressText(family, value) {
  if (family === "ipv6") return canonicalIpv6(groupsOfValue(value));
  const number = Number(value);
  return [number >>> 24, number >>> 16 & 255, number >>> 8 & 255, number & 255].join(".");
}
function parseAddress(text, family) {
  if (text.includes("%")) return { ok: false, reason: zoneIndex };
  if (text !== text.trim()) return { ok: false, reason: "has spaces around it" };
  const isIpv4 = ipv4Pattern.test(text);
  const groups = !isIpv4 && ipv6Characters.test(text) ? ipv6Groups(text) : void 0;
  if (family === "ipv4" && !isIpv4)
    return { ok: false, reason: "is not an IPv4 address (four decimal numbers 0-255 without leading zeros)" };
  if (family === "ipv6" && groups === void 0) return { ok: false, reason: "is not an IPv6 address" };
  if (groups === void 0) {
    if (!isIpv4) return { ok: false, reason: "is not an IPv4 or IPv6 address" };
    const value = ipv4Value(text);
    return { ok: true, value: { family: "ipv4", value, text: addressText("ipv4", value), written: text } };
  }
  return { ok: true, value: { family: "ipv6", value: ipv6Value(groups), text: canonicalIpv6(groups), written: text } };
}
function splitPrefix(text, family) {
  if (text.includes("%")) return { ok: false, reason: zoneIndex };
  const slash = text.lastIndexOf("/");
  if (slash < 0) return { ok: false, reason: "has no prefix length (/\u2026)" };
  const address = parseAddress(text.slice(0, slash), family);
  if (!address.ok) return address;
  const prefixText = text.slice(slash + 1);
  const max = address.value.family === "ipv4" ? 32 : 128;
  if (!prefixPattern.test(prefixText) || Number(prefixText) > max) {
    return { ok: false, reason: `has prefix length /${prefixText}; it must be a whole number from 0 to ${max}` };
  }
  return { ok: true, value: { address: address.value, prefix: Number(prefixText) } };
}
function subnetOf(address, prefix, written) {
  const bits = address.family === "ipv4" ? 32 : 128;
  const size2 = 1n << BigInt(bits - prefix);
  const first = address.value / size2 * size2;
  const last = first + size2 - 1n;
  return {
    family: address.family,
    first,
    last,
    prefix,
    text: `${first === address.value ? address.text : addressText(address.family, first)}/${prefix}`,
    written,
    hostBits: first !== address.value
  };
}
function parseSubnet(text, family) {
  const split = splitPrefix(text, family);
  if (!split.ok) return split;
  return { ok: true, value: subnetOf(split.value.address, split.value.prefix, text) };
}
function parseInterfaceAddress(text, family) {
  const split = splitPrefix(text, family);
  if (!split.ok) return split;
  const { address, prefix } = split.value;
  return { ok: true, value: { address, prefix, subnet: subnetOf(address, prefix, text), written: text } };
}
function subnet(text) {
  const parsed = parseSubnet(text);
  if (!parsed.ok) throw new Error(`${text} ${parsed.reason}`);
  return parsed.value;
}
var contains = (outer, inner) => outer.family === inner.family && outer.first <= inner.first && inner.last <= outer.last;
var overlaps = (a, b) => a.family === b.family && a.first <= b.last && b.first <= a.last;
var containsAddress = (subnet2, address) => subnet2.family === address.family && subnet2.first <= address.value && address.value <= subnet2.last;
var size = (subnet2) => subnet2.last - subnet2.first + 1n;
function findOverlaps(items, subnetOf2) {
  const sorted = [...items].sort((a, b) => {
    const x = subnetOf2(a);
    const y = subnetOf2(b);
    if (x.family !== y.family) return x.family < y.family ? -1 : 1;
    return x.first < y.first ? -1 : x.first > y.first ? 1 : 0;
  });
  const pairs = [];
  let reach;
  for (const item of sorted) {
    const current = subnetOf2(item);
    const furthest = reach === void 0 ? void 0 : subnetOf2(reach);
    if (furthest !== void 0 && furthest.family === current.family && furthest.last >= current.first) {
      pairs.push([reach, item]);
      if (current.last > furthest.last) reach = item;
    } else {
      reach = item;
    }
  }
  return pairs;
}
var wellKnown = {
  podmanDefault: subnet("10.88.0.0/16"),
  // podman's default_subnet_pools: 10.89.0.0/16 … 10.255.0.0/16, handed out as /24s.
  podmanPool: {
    ...subnet("10.89.0.0/16"),
    last: subnet("10.255.0.0/16").last,
    prefix: 0,
    text: "10.89.0.0\u201310.255.255.255",
    written: ""
  },
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
  linkLocal4: subnet("169.254.0.0/16")
};

export {
  addressText,
  parseAddress,
  parseSubnet,
  parseInterfaceAddress,
  subnet,
  contains,
  overlaps,
  containsAddress,
  size,
  findOverlaps,
  wellKnown
};
