/**
 * The kernel's sysctls as /proc/sys shows them, read on the live host. A /proc/sys path keeps an
 * interface name as it is (/proc/sys/net/ipv6/conf/eth0.100/accept_ra); the dotted key shown to
 * the user is the plan's (net.ipv6.conf.eth0/100.accept_ra).
 */
import { readFile } from "node:fs/promises";
import { ipv6ConfKey } from "../compile/network.js";
import type { Criterion } from "./criteria.js";

/** The value without its line feed; undefined when the file cannot be read (no such interface, no IPv6). */
export async function readSysctl(file: string): Promise<string | undefined> {
  return readFile(file, "utf8")
    .then((text) => text.trim())
    .catch(() => undefined);
}

/** Where one of an interface's IPv6 settings is (`all` and `default` included). */
export const ipv6ConfPath = (iface: string, setting: "accept_ra" | "disable_ipv6" | "forwarding"): string =>
  `/proc/sys/net/ipv6/conf/${iface}/${setting}`;

export const forwardingSysctl = ipv6ConfPath("all", "forwarding");

/** IPv6 forwarding for all interfaces, which both checks need: without it no container's IPv6 is routed. */
export async function checkForwarding(file: string): Promise<Criterion<"forwarding">> {
  const subject = ipv6ConfKey("all", "forwarding");
  const value = await readSysctl(file);
  if (value === undefined) {
    // /proc/sys is readable by everyone: the file is missing, which is a kernel without IPv6.
    return {
      id: "forwarding",
      subject,
      status: "fail",
      evidence: `cannot read ${file}: this kernel has no IPv6 (booted with ipv6.disable=1?); remove that boot option`,
    };
  }
  return value === "1"
    ? { id: "forwarding", subject, status: "pass", evidence: `${subject} = 1` }
    : {
        id: "forwarding",
        subject,
        status: "fail",
        evidence: `${subject} = ${value}: containers' IPv6 is not routed; is the podnet module imported and the host switched to it?`,
      };
}
