// `npm run bench`: not a test, it prints numbers. Every ratio is measured in this one run against
// a bare `node -e 0` (or bare `podman run --rm`) timed in the same run, interleaved, so the
// machine's load hits both sides alike.
//
//   1. The compiler per fleet size (validate, generate, µs per network, output, peak RSS,
//      byte-identical renders), each size in a fresh process.
//   2. The three ratios of issue 11: the hook path (`generate --check` on the example), `generate`
//      of the 1000 × 10 × 10 fleet (peak RSS, byte-identical output), and `check egress` on four
//      networks of the simulated host (root, podman and nix-instantiate needed; else skipped).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";
import { fleetSpec } from "./fleet.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const podnet = path.join(root, "bin/podnet.js");
// With the V8 flag bin/podnet.js sets, so that the in-process rows' memory is the CLI's.
const runTs = (file, args) =>
  execFileSync(
    process.execPath,
    ["--no-allocation-site-pretenuring", path.join(here, "run-ts.mjs"), path.join(here, file), ...args.map(String)],
    {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 1 << 26,
    },
  );
const fmt = (x, digits = 1) => x.toFixed(digits);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Wall time (ms), peak RSS (MiB) and CPU time (ms, user + system, every thread) of one run; the
 * child reports its own usage as it exits.
 */
const rssFile = path.join(os.tmpdir(), `podnet-bench-rss-${process.pid}`);
process.on("exit", () => rmSync(rssFile, { force: true }));
function timed(command, args, options = {}) {
  rmSync(rssFile, { force: true });
  const reporter = `data:text/javascript,import{writeFileSync}from"node:fs";process.on("exit",()=>{const u=process.resourceUsage();writeFileSync(${JSON.stringify(rssFile)},JSON.stringify([u.maxRSS,u.userCPUTime,u.systemCPUTime]))})`;
  const started = process.hrtime.bigint();
  try {
    execFileSync(command, command === process.execPath ? ["--import", reporter, ...args] : args, {
      cwd: root,
      stdio: "ignore",
      ...options,
    });
  } catch {
    // --check exits 1 when something is stale; the timing still counts.
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  let rssMiB;
  let cpuMs;
  try {
    const [maxRss, user, system] = JSON.parse(readFileSync(rssFile, "utf8"));
    rssMiB = maxRss / 1024;
    cpuMs = (user + system) / 1000;
  } catch {
    rssMiB = undefined;
  }
  return { ms, rssMiB, cpuMs };
}

/** Runs each command `rounds` times, interleaved; the median wall time of each. */
function interleaved(commands, rounds, before = {}) {
  const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  const cpu = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  const rss = Object.fromEntries(Object.keys(commands).map((name) => [name, 0]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, [command, args, options]] of Object.entries(commands)) {
      before[name]?.();
      const run = timed(command, args, options);
      times[name].push(run.ms);
      if (run.cpuMs !== undefined) cpu[name].push(run.cpuMs);
      rss[name] = Math.max(rss[name], run.rssMiB ?? 0);
    }
  }
  return Object.fromEntries(
    Object.keys(commands).map((name) => [name, { ms: median(times[name]), cpuMs: median(cpu[name]), rssMiB: rss[name] }]),
  );
}

function treeDigest(dir) {
  const hash = createHash("sha256");
  for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
    const file = path.join(dir, name);
    try {
      hash.update(name).update(readFileSync(file));
    } catch {
      // a folder
    }
  }
  return hash.digest("hex");
}

const cpu = os.cpus()[0]?.model ?? "unknown CPU";
console.log(
  `podnet benchmark, ${new Date().toISOString().slice(0, 10)}: ${cpu} ×${os.cpus().length}, ${fmt(os.totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}\n`,
);

// 1. The compiler per size.
const sizes = [
  [1, 1, 1],
  [10, 10, 10],
  [100, 10, 10],
  [1000, 10, 10],
  [1, 2000, 1], // one host with many networks: the overlap check must stay near-linear
];
console.log(
  "| hosts × networks × containers | networks | validate ms | plan + render ms | µs per network (validate + plan + render) | output MiB | peak RSS MiB | deterministic |",
);
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
for (const [h, n, c] of sizes) {
  const r = JSON.parse(runTs("size.ts", [h, n, c]));
  const total = r.hosts * r.networks;
  console.log(
    `| ${r.hosts} × ${r.networks} × ${r.containers} | ${total} | ${fmt(r.validateMs)} | ${fmt(r.generateMs)} | ${fmt(((r.validateMs + r.generateMs) * 1000) / total, 0)} | ${fmt(r.outputBytes / 2 ** 20, 2)} | ${fmt(r.peakRssMiB, 0)} | ${r.deterministic ? "yes" : "NO"} |`,
  );
}

// 2. The ratios.
const fleetText = stringify(fleetSpec({ hosts: 1000, networks: 10, containers: 10 }));
const fleetCopy = mkdtempSync(path.join(os.tmpdir(), "podnet-bench-fleet-"));
writeFileSync(path.join(fleetCopy, "podnet.yaml"), fleetText);
// Each fresh run gets a folder of its own, made (and flushed to disk) before it starts; all of them
// are removed only when the timing is over. Removing the previous run's 2,000 files and folders
// just before the next run would time the file system, not podnet: ext4 without a journal (this
// machine's root) skips inodes freed in the last 60 s (300 s while their inode table block is
// dirty) when it allocates, reading inode tables for each new file (`recently_deleted` in perf:
// system time of a fresh run 1.1 s against 0.4 s).
const freshDirs = [];
// Also when a later step of the bench fails: each folder holds a 34 MB fleet.
process.on("exit", () => {
  for (const dir of [...freshDirs, fleetCopy]) rmSync(dir, { recursive: true, force: true });
});
const freshRun = { cwd: fleetCopy };
const fresh = () => {
  freshRun.cwd = mkdtempSync(path.join(os.tmpdir(), "podnet-bench-fleet-"));
  freshDirs.push(freshRun.cwd);
  writeFileSync(path.join(freshRun.cwd, "podnet.yaml"), fleetText);
  execFileSync("sync");
};
const node = [process.execPath, ["-e", "0"]];
const fleetRounds = 9;
// podnet keeps a V8 code cache per command (bin/code-cache.js); the bench's goes in a folder of its
// own, filled by one untimed run of each command, as a user's is after their first commit. The
// same hook run without any cache is timed beside it.
const codeCache = mkdtempSync(path.join(os.tmpdir(), "podnet-bench-code-cache-"));
process.on("exit", () => rmSync(codeCache, { recursive: true, force: true }));
process.env.PODNET_CACHE_DIR = codeCache;
const hookArgs = [podnet, "generate", "examples/web-arm.yaml", "--check"];
for (const args of [hookArgs, [podnet, "--help"]]) timed(process.execPath, args);
const results = interleaved(
  {
    node,
    hook: [process.execPath, hookArgs],
    hookUncached: [process.execPath, hookArgs, { env: { ...process.env, PODNET_CACHE_DIR: "" } }],
    help: [process.execPath, [podnet, "--help"]],
  },
  21,
);
const fleet = interleaved(
  {
    node,
    fresh: [process.execPath, [podnet, "generate", "podnet.yaml"], freshRun],
    current: [process.execPath, [podnet, "generate", "podnet.yaml"], { cwd: fleetCopy }],
  },
  fleetRounds,
  { fresh },
);
const identical = treeDigest(path.join(freshRun.cwd, "hosts")) === treeDigest(path.join(fleetCopy, "hosts"));
for (const dir of [...freshDirs.splice(0), fleetCopy]) rmSync(dir, { recursive: true, force: true });

let egress;
const canSimulate =
  process.getuid?.() === 0 &&
  ["podman", "nix-instantiate", "busybox"].every((tool) => {
    try {
      execFileSync("sh", ["-c", `command -v ${tool}`], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  });
if (canSimulate) egress = JSON.parse(runTs("egress.ts", [4, 5]).trim().split("\n").at(-1));

const ratio = (ms, base) => fmt(ms / base, 2);
console.log("\n| what (median, interleaved with its baseline) | ms | baseline ms | ratio | target |");
console.log("| --- | ---: | ---: | ---: | --- |");
console.log(
  `| \`podnet --help\` | ${fmt(results.help.ms, 0)} | ${fmt(results.node.ms, 0)} (node -e 0) | ${ratio(results.help.ms, results.node.ms)} | |`,
);
console.log(
  `| hook path: \`podnet generate --check examples/web-arm.yaml\` | ${fmt(results.hook.ms, 0)} | ${fmt(results.node.ms, 0)} (node -e 0) | ${ratio(results.hook.ms, results.node.ms)} | ≤ 2.0 |`,
);
console.log(
  `| the same without a code cache (\`PODNET_CACHE_DIR=""\`: a first run, or no cache folder) | ${fmt(results.hookUncached.ms, 0)} | ${fmt(results.node.ms, 0)} (node -e 0) | ${ratio(results.hookUncached.ms, results.node.ms)} | |`,
);
console.log(
  `| \`podnet generate\`, 1000 × 10 × 10 fleet into an empty folder (peak RSS ${fmt(fleet.fresh.rssMiB, 0)} MiB, the highest of ${fleetRounds} runs; output byte-identical across runs: ${identical ? "yes" : "NO"}) | ${fmt(fleet.fresh.ms, 0)} | ${fmt(fleet.node.ms, 0)} (node -e 0) | ${ratio(fleet.fresh.ms, fleet.node.ms)} | ≤ 15, ≤ 300 MiB |`,
);
console.log(
  `| \`podnet generate\`, the same fleet with every module current (peak RSS ${fmt(fleet.current.rssMiB, 0)} MiB) | ${fmt(fleet.current.ms, 0)} | ${fmt(fleet.node.ms, 0)} (node -e 0) | ${ratio(fleet.current.ms, fleet.node.ms)} | |`,
);
// However the work were spread over threads, a run cannot end before its CPU time divided by the
// cores: the floor under the fleet's ratio on this machine, with podnet's work as it is.
const cores = os.availableParallelism?.() ?? os.cpus().length;
console.log(
  `| floor under the fresh fleet run: its CPU time (${fmt(fleet.fresh.cpuMs, 0)} ms user + system, every thread) / ${cores} cores | ${fmt(fleet.fresh.cpuMs / cores, 0)} | ${fmt(fleet.node.ms, 0)} (node -e 0) | ${ratio(fleet.fresh.cpuMs / cores, fleet.node.ms)} | |`,
);
console.log(
  egress
    ? `| \`podnet check egress\`, ${egress.networks} networks on the simulated host | ${fmt(egress.checkSeconds * 1000, 0)} | ${fmt(egress.bareSeconds * 1000, 0)} (${egress.networks} × bare \`podman run --rm\` of the probe) | ${ratio(egress.checkSeconds, egress.bareSeconds)} | ≤ 1.3 |`
    : "| `podnet check egress` | skipped: needs root, podman, nix-instantiate and busybox | | | ≤ 1.3 |",
);
