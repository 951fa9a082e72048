/**
 * check egress: the command around src/check/egress.ts.
 */
import pc from "picocolors";
import { checkEgress, formatCriteria } from "../check/egress.js";
import { PodmanUnavailableError, podmanCli } from "../check/podman.js";
import { hasErrors, summarise } from "../diagnostics.js";
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

export async function runCheckEgress(file: string, options: EgressCliOptions, io: Io = defaultIo): Promise<number> {
  const compilation = await compileFile(file);
  if (hasErrors(compilation.diagnostics)) {
    report(io, compilation.diagnostics);
    io.err(pc.red(`${file}: ${summarise(compilation.diagnostics)}; fix the spec first`));
    return exitCodes.findings;
  }
  const hosts = compilation.hosts.map((h) => h.plan);
  const host = options.host === undefined && hosts.length === 1 ? hosts[0] : hosts.find((h) => h.host === options.host);
  if (!host) {
    throw new UsageError(`${options.host === undefined ? "the spec has several hosts; name one with --host" : `no host ${options.host} in ${file}`} (hosts: ${hosts.map((h) => h.host).join(", ")})`);
  }
  if (options.network !== undefined && !host.networks.some((n) => n.name === options.network)) {
    throw new UsageError(`host ${host.host} has no network ${options.network} (networks: ${host.networks.map((n) => n.name).join(", ")})`);
  }
  const timeoutSeconds = Number(options.timeout);
  if (!Number.isInteger(timeoutSeconds) || timeoutSeconds < 1 || timeoutSeconds > 600) throw new UsageError(`--timeout must be whole seconds from 1 to 600, got ${options.timeout}`);

  let criteria;
  try {
    criteria = await checkEgress(podmanCli(options.podman), host, {
      echo6: options.echo6,
      echo4: options.echo4,
      probeImage: options.probeImage,
      timeoutSeconds,
      ...(options.network === undefined ? {} : { network: options.network }),
    });
  } catch (error) {
    if (error instanceof PodmanUnavailableError) throw new UsageError(error.message);
    throw error;
  }
  const failed = criteria.filter((c) => c.status === "fail");
  if (options.json) {
    io.out(JSON.stringify({ ok: failed.length === 0, host: host.host, criteria }, null, 2));
  } else {
    io.out(formatCriteria(criteria, { pass: pc.green, fail: pc.red, skip: pc.yellow }));
    io.out(failed.length === 0 ? pc.green(`host ${host.host}: all ${criteria.length} criteria passed or skipped`) : pc.red(`host ${host.host}: ${failed.length} of ${criteria.length} criteria failed`));
  }
  return failed.length === 0 ? exitCodes.ok : exitCodes.findings;
}


export interface HostCheckCliOptions {
  host?: string;
  podman: string;
  json?: boolean;
}

export async function runCheckHost(file: string, options: HostCheckCliOptions, io: Io = defaultIo): Promise<number> {
  const compilation = await compileFile(file);
  if (hasErrors(compilation.diagnostics)) {
    report(io, compilation.diagnostics);
    io.err(pc.red(`${file}: ${summarise(compilation.diagnostics)}; fix the spec first`));
    return exitCodes.findings;
  }
  const hosts = compilation.hosts.map((h) => h.plan);
  const host = options.host === undefined && hosts.length === 1 ? hosts[0] : hosts.find((h) => h.host === options.host);
  if (!host) throw new UsageError(`${options.host === undefined ? "the spec has several hosts; name one with --host" : `no host ${options.host} in ${file}`} (hosts: ${hosts.map((h) => h.host).join(", ")})`);
  const { checkHost } = await import("../check/host.js");
  let criteria;
  try {
    criteria = await checkHost(podmanCli(options.podman), host);
  } catch (error) {
    if (error instanceof PodmanUnavailableError) throw new UsageError(error.message);
    throw error;
  }
  const failed = criteria.filter((c) => c.status === "fail");
  if (options.json) io.out(JSON.stringify({ ok: failed.length === 0, host: host.host, criteria }, null, 2));
  else {
    io.out(formatCriteria(criteria, { pass: pc.green, fail: pc.red, skip: pc.yellow }));
    io.out(failed.length === 0 ? pc.green(`host ${host.host} matches the spec`) : pc.red(`host ${host.host}: ${failed.length} mismatch${failed.length === 1 ? "" : "es"} with the spec`));
  }
  return failed.length === 0 ? exitCodes.ok : exitCodes.findings;
}
