/**
 * What `check egress` and `check host` share: the host to check from the spec, podman as an
 * environment problem when it is unusable, and the report of the criteria.
 */
import pc from "picocolors";
import { hasErrors, summarise } from "../compile/diagnostics.js";
import type { HostPlan } from "../compile/plan.js";
import { type Criterion, formatCriteria } from "../prove/criteria.js";
import { PodmanUnavailableError } from "../prove/podman.js";
import { exitCodes, type Io, UsageError } from "./context.js";
import { compileFile, report } from "./spec-file.js";

/** Compiles the spec and picks the host a check runs on; undefined (reported) when the spec has errors. */
export async function hostToCheck(file: string, wanted: string | undefined, io: Io): Promise<HostPlan | undefined> {
  const compilation = await compileFile(file);
  if (hasErrors(compilation.diagnostics)) {
    report(io, compilation.diagnostics);
    io.err(pc.red(`${file}: ${summarise(compilation.diagnostics)}; fix the spec first`));
    return undefined;
  }
  const hosts = compilation.hosts.map((h) => h.plan);
  const host = wanted === undefined && hosts.length === 1 ? hosts[0] : hosts.find((h) => h.host === wanted);
  if (!host) {
    throw new UsageError(
      `${wanted === undefined ? "the spec has several hosts; name one with --host" : `no host ${wanted} in ${file}`} (hosts: ${hosts.map((h) => h.host).join(", ")})`,
    );
  }
  return host;
}

/** Runs a check; an unusable podman is an environment problem (exit 2), not a finding. */
export async function withPodman<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof PodmanUnavailableError) throw new UsageError(error.message);
    throw error;
  }
}

/** The table (or JSON) and the exit code of a check. */
export function reportCriteria(
  io: Io,
  host: HostPlan,
  criteria: ReadonlyArray<Criterion>,
  json: boolean | undefined,
  verdict: { ok: string; failed: (n: number) => string },
): number {
  const failed = criteria.filter((c) => c.status === "fail");
  if (json) io.out(JSON.stringify({ ok: failed.length === 0, host: host.host, criteria }, null, 2));
  else {
    io.out(formatCriteria(criteria, { pass: pc.green, fail: pc.red, skip: pc.yellow }));
    io.out(failed.length === 0 ? pc.green(verdict.ok) : pc.red(verdict.failed(failed.length)));
  }
  return failed.length === 0 ? exitCodes.ok : exitCodes.findings;
}
