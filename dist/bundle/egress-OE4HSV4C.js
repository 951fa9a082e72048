import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  checkEgress,
  formatCriteria
} from "./chunk-KPRIVXHV.js";
import {
  execa,
  execaSync
} from "./chunk-XCP5MDYN.js";
import {
  compileFile,
  report
} from "./chunk-3MMPZ2D2.js";
import {
  UsageError,
  defaultIo,
  exitCodes
} from "./chunk-N5ARRNL7.js";
import "./chunk-XKWGI5VV.js";
import "./chunk-J6U43KWS.js";
import "./chunk-2THRSYTW.js";
import {
  hasErrors,
  summarise
} from "./chunk-PEQVYC4Q.js";
import {
  require_picocolors
} from "./chunk-PLONKWYQ.js";
import "./chunk-ARKSX3ZK.js";
import "./chunk-FVPTRHMZ.js";
import "./chunk-N2YCCKXI.js";
import "./chunk-CITVTZRV.js";
import "./chunk-DTFT4EZT.js";
import "./chunk-HKELKULO.js";
import {
  __toESM
} from "./chunk-JLHVTWXJ.js";

// src/commands/egress.ts
var import_picocolors = __toESM(require_picocolors(), 1);

// src/check/podman.ts
var PodmanUnavailableError = class extends Error {
  name = "PodmanUnavailableError";
};
function podmanCli(command = "podman") {
  return {
    command,
    async run(args, timeoutMs) {
      const result = await execa(command, [...args], { reject: false, timeout: timeoutMs, stdin: "ignore" });
      if (result.failed && result.code === "ENOENT") {
        throw new PodmanUnavailableError(`${command} is not installed or not on PATH; run this on the deployed host (or pass --podman <path>)`);
      }
      if (result.timedOut) {
        throw new PodmanUnavailableError(`\`${command} ${args.join(" ")}\` did not answer within ${Math.round(timeoutMs / 1e3)}s; is podman stuck (storage lock, hung service)?`);
      }
      return { exitCode: result.exitCode ?? 1, stdout: String(result.stdout ?? ""), stderr: String(result.stderr ?? "") };
    },
    removeNow(container) {
      execaSync(command, ["rm", "--force", "--time", "0", container], { reject: false, timeout: 15e3, stdin: "ignore" });
    }
  };
}

// src/commands/egress.ts
async function hostToCheck(file, wanted, io) {
  const compilation = await compileFile(file);
  if (hasErrors(compilation.diagnostics)) {
    report(io, compilation.diagnostics);
    io.err(import_picocolors.default.red(`${file}: ${summarise(compilation.diagnostics)}; fix the spec first`));
    return void 0;
  }
  const hosts = compilation.hosts.map((h) => h.plan);
  const host = wanted === void 0 && hosts.length === 1 ? hosts[0] : hosts.find((h) => h.host === wanted);
  if (!host) {
    throw new UsageError(`${wanted === void 0 ? "the spec has several hosts; name one with --host" : `no host ${wanted} in ${file}`} (hosts: ${hosts.map((h) => h.host).join(", ")})`);
  }
  return host;
}
async function withPodman(run) {
  try {
    return await run();
  } catch (error) {
    if (error instanceof PodmanUnavailableError) throw new UsageError(error.message);
    throw error;
  }
}
function reportCriteria(io, host, criteria, json, verdict) {
  const failed = criteria.filter((c) => c.status === "fail");
  if (json) io.out(JSON.stringify({ ok: failed.length === 0, host: host.host, criteria }, null, 2));
  else {
    io.out(formatCriteria(criteria, { pass: import_picocolors.default.green, fail: import_picocolors.default.red, skip: import_picocolors.default.yellow }));
    io.out(failed.length === 0 ? import_picocolors.default.green(verdict.ok) : import_picocolors.default.red(verdict.failed(failed.length)));
  }
  return failed.length === 0 ? exitCodes.ok : exitCodes.findings;
}
async function runCheckEgress(file, options, io = defaultIo) {
  const host = await hostToCheck(file, options.host, io);
  if (!host) return exitCodes.findings;
  if (options.network !== void 0 && !host.networks.some((n) => n.name === options.network)) {
    throw new UsageError(`host ${host.host} has no network ${options.network} (networks: ${host.networks.map((n) => n.name).join(", ")})`);
  }
  const timeoutSeconds = Number(options.timeout);
  if (!Number.isInteger(timeoutSeconds) || timeoutSeconds < 1 || timeoutSeconds > 600) throw new UsageError(`--timeout must be whole seconds from 1 to 600, got ${options.timeout}`);
  const criteria = await withPodman(
    () => checkEgress(podmanCli(options.podman), host, {
      echo6: options.echo6,
      echo4: options.echo4,
      probeImage: options.probeImage,
      timeoutSeconds,
      ...options.network === void 0 ? {} : { network: options.network }
    })
  );
  return reportCriteria(io, host, criteria, options.json, {
    ok: `host ${host.host}: all ${criteria.length} criteria passed or skipped`,
    failed: (n) => `host ${host.host}: ${n} of ${criteria.length} criteria failed`
  });
}
async function runCheckHost(file, options, io = defaultIo) {
  const host = await hostToCheck(file, options.host, io);
  if (!host) return exitCodes.findings;
  const { checkHost } = await import("./host-4VLYPQSO.js");
  const criteria = await withPodman(() => checkHost(podmanCli(options.podman), host));
  return reportCriteria(io, host, criteria, options.json, {
    ok: `host ${host.host} matches the spec`,
    failed: (n) => `host ${host.host}: ${n} mismatch${n === 1 ? "" : "es"} with the spec`
  });
}
export {
  runCheckEgress,
  runCheckHost
};
