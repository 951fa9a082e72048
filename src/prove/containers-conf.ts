/**
 * The firewall driver podman hands netavark, as containers.conf(5) resolves it: $CONTAINERS_CONF
 * alone when set, else /usr/share/containers/containers.conf, /etc/containers/containers.conf and
 * /etc/containers/containers.conf.d/*.conf, later files overriding earlier ones; NETAVARK_FW in
 * the environment overrides them all. Unset means netavark's build default.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "smol-toml";

export interface ConfiguredDriver {
  /** undefined: nothing sets it, netavark's build default applies (iptables on NixOS and Debian 12). */
  readonly driver: string | undefined;
  /** Where the setting comes from. */
  readonly source: string;
}

async function confFiles(env: NodeJS.ProcessEnv): Promise<string[]> {
  if (env.CONTAINERS_CONF) return [env.CONTAINERS_CONF];
  const dropins = "/etc/containers/containers.conf.d";
  const names = await readdir(dropins).catch(() => [] as string[]);
  return [
    "/usr/share/containers/containers.conf",
    "/etc/containers/containers.conf",
    ...names
      .filter((name) => name.endsWith(".conf"))
      .sort()
      .map((name) => path.join(dropins, name)),
  ];
}

export async function configuredFirewallDriver(env: NodeJS.ProcessEnv = process.env): Promise<ConfiguredDriver> {
  if (env.NETAVARK_FW) return { driver: env.NETAVARK_FW, source: "NETAVARK_FW" };
  let found: ConfiguredDriver = { driver: undefined, source: "netavark's build default" };
  for (const file of await confFiles(env)) {
    const text = await readFile(file, "utf8").catch(() => undefined);
    if (text === undefined) continue;
    let driver: unknown;
    try {
      driver = (parse(text) as { network?: { firewall_driver?: unknown } }).network?.firewall_driver;
    } catch {
      continue;
    }
    if (typeof driver === "string") found = { driver, source: file };
  }
  return found;
}
