/**
 * `podnet check host`: reads the live host and explains every way it differs from the spec.
 */
import { checkHost } from "../prove/host.js";
import { podmanCli } from "../prove/podman.js";
import { hostToCheck, reportCriteria, withPodman } from "./check.js";
import { defaultIo, exitCodes, type Io } from "./context.js";

export interface HostCheckCliOptions {
  host?: string;
  podman: string;
  json?: boolean;
}

export async function runCheckHost(file: string, options: HostCheckCliOptions, io: Io = defaultIo): Promise<number> {
  const host = await hostToCheck(file, options.host, io);
  if (!host) return exitCodes.findings;
  const criteria = await withPodman(() => checkHost(podmanCli(options.podman), host));
  return reportCriteria(io, host, criteria, options.json, {
    ok: `host ${host.host} matches the spec`,
    failed: (n) => `host ${host.host}: ${n} mismatch${n === 1 ? "" : "es"} with the spec`,
  });
}
