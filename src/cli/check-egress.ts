/**
 * `podnet check egress`: on the deployed host, a throwaway container on each network proves IPv6
 * reach, the NAT66 source and IPv4 reach.
 */
import { checkEgress } from "../prove/egress.js";
import { podmanCli } from "../prove/podman.js";
import { hostToCheck, reportCriteria, withPodman } from "./check.js";
import { defaultIo, exitCodes, type Io, UsageError } from "./context.js";

export interface EgressCliOptions {
  host?: string;
  network?: string;
  echo6: string;
  echo4: string;
  probeImage: string;
  timeout: string;
  podman: string;
  json?: boolean;
}

export async function runCheckEgress(file: string, options: EgressCliOptions, io: Io = defaultIo): Promise<number> {
  const host = await hostToCheck(file, options.host, io);
  if (!host) return exitCodes.findings;
  if (options.network !== undefined && !host.networks.some((n) => n.name === options.network)) {
    throw new UsageError(`host ${host.host} has no network ${options.network} (networks: ${host.networks.map((n) => n.name).join(", ")})`);
  }
  const timeoutSeconds = Number(options.timeout);
  if (!Number.isInteger(timeoutSeconds) || timeoutSeconds < 1 || timeoutSeconds > 600)
    throw new UsageError(`--timeout must be whole seconds from 1 to 600, got ${options.timeout}`);

  const criteria = await withPodman(() =>
    checkEgress(podmanCli(options.podman), host, {
      echo6: options.echo6,
      echo4: options.echo4,
      probeImage: options.probeImage,
      timeoutSeconds,
      ...(options.network === undefined ? {} : { network: options.network }),
    }),
  );
  return reportCriteria(io, host, criteria, options.json, {
    ok: `host ${host.host}: all ${criteria.length} criteria passed or skipped`,
    failed: (n) => `host ${host.host}: ${n} of ${criteria.length} criteria failed`,
  });
}
