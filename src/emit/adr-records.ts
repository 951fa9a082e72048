/**
 * ADR numbering and naming, and what a NAT66 record says about a network: pure rules, kept apart
 * from the file system.
 */
import type { HostPlan, NetworkPlan } from "../compile/plan.js";

export const adrFolders = ["docs/adr", "doc/adr", "adr"] as const;

/**
 * The number after the highest one in use: gaps are never filled, superseded records still count.
 * A bigint, because a record's number is whatever digits its file name starts with: as a JS number
 * `1000000000000000000000-x.md` would be followed by `1e+21-…`.
 */
export function nextAdrNumber(fileNames: ReadonlyArray<string>): bigint {
  let highest = 0n;
  for (const name of fileNames) {
    const match = /^(\d+)-.+\.md$/u.exec(name);
    if (match) {
      const number = BigInt(match[1]!);
      if (number > highest) highest = number;
    }
  }
  return highest + 1n;
}

export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-+|-+$/gu, "")
    .slice(0, 60)
    .replace(/-+$/u, "");
  return slug === "" ? "decision" : slug;
}

export function adrFileName(number: bigint | number, title: string): string {
  return `${String(number).padStart(4, "0")}-${slugify(title)}.md`;
}

/** Linux (and most file systems) cap one name at 255 bytes. */
export const maxFileNameBytes = 255;

/** Titles are one heading line; longer text belongs in the record's body. */
export const maxTitleLength = 200;

/** Whether `date` is a real calendar day written as YYYY-MM-DD. */
export function isIsoDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}

const listOf = (names: ReadonlyArray<string>) => (names.length === 0 ? "none" : names.map((name) => `\`${name}\``).join(", "));

/** The values templates/adr-nat66.md.hbs fills in for `network` of `host`, read from `specFile`. */
export function nat66RecordValues(host: HostPlan, network: NetworkPlan, specFile: string) {
  return {
    // The only free text here: names and addresses come from the validated spec.
    specFile,
    host: host.host,
    network: network.name,
    uplinkInterface: host.uplinkInterface,
    uplinkAddress: `${host.uplink.address.text}/${host.uplink.prefix}`,
    sourceAddress: host.uplink.address.text,
    acceptRaKey: host.acceptRaKey,
    addressing: host.acceptRa2 ? "slaac" : "static",
    slaac: host.acceptRa2,
    ipv4: network.ipv4?.text ?? "no IPv4 subnet (ipv6-only)",
    ipv6: network.ipv6.text,
    containers: listOf(network.containers.map((container) => container.name)),
    untouched: listOf(host.untouched),
  };
}
