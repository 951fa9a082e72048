/**
 * systemd-networkd and a SLAAC uplink. networkd keeps the kernel's accept_ra at 0 on every link
 * it manages and handles router advertisements itself; it stops doing so once its own IPv6
 * forwarding is on (IPv6Forwarding=, IPMasquerade=) unless the link's .network file says
 * IPv6AcceptRA=yes. So on such a link the kernel sysctl says nothing, and the .network file is
 * what to check. networkctl's JSON names the file and its drop-ins.
 */
import { readFile } from "node:fs/promises";

export interface NetworkdLink {
  readonly networkFile: string;
  readonly dropins: ReadonlyArray<string>;
}

/** The .network file networkd applied to `iface`, from `networkctl --json=short status <iface>`. */
export function networkdLinkOf(json: string, iface: string): NetworkdLink | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  // `status <iface>` prints the link itself; `list` wraps links in { "Interfaces": [...] }.
  const links = Array.isArray((parsed as { Interfaces?: unknown })?.Interfaces)
    ? (parsed as { Interfaces: unknown[] }).Interfaces
    : [parsed];
  const link = links.find((entry) => (entry as { Name?: unknown } | null)?.Name === iface) as
    | { AdministrativeState?: unknown; NetworkFile?: unknown; NetworkFileDropins?: unknown }
    | undefined;
  if (!link || typeof link.NetworkFile !== "string" || link.NetworkFile === "" || link.AdministrativeState === "unmanaged")
    return undefined;
  const dropins = Array.isArray(link.NetworkFileDropins) ? link.NetworkFileDropins.filter((d): d is string => typeof d === "string") : [];
  return { networkFile: link.NetworkFile, dropins };
}

const yes = new Set(["1", "yes", "y", "true", "t", "on"]);
const no = new Set(["0", "no", "n", "false", "f", "off"]);

/**
 * The effective `[Network] IPv6AcceptRA=` over a .network file and its drop-ins, in the order
 * networkd reads them (the last assignment wins; an empty one resets to the default).
 */
export function ipv6AcceptRa(files: ReadonlyArray<{ readonly file: string; readonly text: string }>): {
  value: boolean | undefined;
  file?: string;
} {
  let setting: { value: boolean | undefined; file?: string } = { value: undefined };
  for (const { file, text } of files) {
    let section = "";
    for (const raw of text.split(/\r?\n/u)) {
      const line = raw.trim();
      if (line === "" || line.startsWith("#") || line.startsWith(";")) continue;
      const header = /^\[(.+)\]$/u.exec(line);
      if (header) {
        section = header[1]!;
        continue;
      }
      const assignment = /^IPv6AcceptRA\s*=\s*(.*)$/u.exec(line);
      if (section !== "Network" || !assignment) continue;
      const word = assignment[1]!.trim().toLowerCase();
      setting = word === "" ? { value: undefined } : { value: yes.has(word) ? true : no.has(word) ? false : undefined, file };
    }
  }
  return setting;
}

/** Reads the file and drop-ins networkd named; unreadable ones are skipped. */
export async function readNetworkFiles(link: NetworkdLink): Promise<Array<{ file: string; text: string }>> {
  const files: Array<{ file: string; text: string }> = [];
  for (const file of [link.networkFile, ...link.dropins]) {
    const text = await readFile(file, "utf8").catch(() => undefined);
    if (text !== undefined) files.push({ file, text });
  }
  return files;
}
