/**
 * check egress and check host: the commands around src/check/.
 */
import pc from "picocolors";
import { checkEgress, formatCriteria, type Criterion } from "../check/egress.js";
import { PodmanUnavailableError, podmanCli } from "../check/podman.js";
import { hasErrors, summarise } from "../diagnostics.js";
import type { HostPlan } from "../plan.js";
import { defaultIo, exitCodes, UsageError, type Io } from "./io.js";
import { compileFile, report } from "./spec.js";

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

/** Compiles the spec and picks the host a check runs on; undefined (reported) when the spec has errors. */
async function hostToCheck(file: string, wanted: string | undefined, io: Io): Promise<HostPlan | undefined> {
  const compilation = await compileFile(file);
  if (hasErrors(compilation.diagnostics)) {
    report(io, compilation.diagnostics);
    io.err(pc.red(`${file}: ${summarise(compilation.diagnostics)}; fix the spec first`));
    return undefined;
  }
  const hosts = compilation.hosts.map((h) => h.plan);
  const host = wanted === undefined && hosts.length === 1 ? hosts[0] : hosts.find((h) => h.host === wanted);
  if (!host) {
    throw new UsageError(`${wanted === undefined ? "the spec has several hosts; name one with --host" : `no host ${wanted} in ${file}`} (hosts: ${hosts.map((h) => h.host).join(", ")})`);
  }
  return host;
}

/** Runs a check; an unusable podman is an environment problem (exit 2), not a finding. */
async function withPodman<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof PodmanUnavailableError) throw new UsageError(error.message);
    throw error;
  }
}

/** The table (or JSON) and the exit code of a check. */
function reportCriteria(io: Io, host: HostPlan, criteria: ReadonlyArray<Criterion>, json: boolean | undefined, verdict: { ok: string; failed: (n: number) => string }): number {
  const failed = criteria.filter((c) => c.status === "fail");
  if (json) io.out(JSON.stringify({ ok: failed.length === 0, host: host.host, criteria }, null, 2));
  else {
    io.out(formatCriteria(criteria, { pass: pc.green, fail: pc.red, skip: pc.yellow }));
    io.out(failed.length === 0 ? pc.green(verdict.ok) : pc.red(verdict.failed(failed.length)));
  }
  return failed.length === 0 ? exitCodes.ok : exitCodes.findings;
}

export async function runCheckEgress(file: string, options: EgressCliOptions, io: Io = defaultIo): Promise<number> {
  const host = await hostToCheck(file, options.host, io);
  if (!host) return exitCodes.findings;
  if (options.network !== undefined && !host.networks.some((n) => n.name === options.network)) {
    throw new UsageError(`host ${host.host} has no network ${options.network} (networks: ${host.networks.map((n) => n.name).join(", ")})`);
  }
  const timeoutSeconds = Number(options.timeout);
  if (!Number.isInteger(timeoutSeconds) || timeoutSeconds < 1 || timeoutSeconds > 600) throw new UsageError(`--timeout must be whole seconds from 1 to 600, got ${options.timeout}`);

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

export interface HostCheckCliOptions {
  host?: string;
  podman: string;
  json?: boolean;
}

export async function runCheckHost(file: string, options: HostCheckCliOptions, io: Io = defaultIo): Promise<number> {
  const host = await hostToCheck(file, options.host, io);
  if (!host) return exitCodes.findings;
  const { checkHost } = await import("../check/host.js");
  const criteria = await withPodman(() => checkHost(podmanCli(options.podman), host));
  return reportCriteria(io, host, criteria, options.json, {
    ok: `host ${host.host} matches the spec`,
    failed: (n) => `host ${host.host}: ${n} mismatch${n === 1 ? "" : "es"} with the spec`,
  });
}
