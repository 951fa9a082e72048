// `npm run bench`: validate/generate time and peak memory per fleet size, cost per network, and
// the start-up cost of the hook path against bare Node. Not a test: it prints numbers.
import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const sizes = [
  [1, 1, 1],
  [10, 10, 10],
  [100, 10, 10],
  [1000, 10, 10],
  [1, 2000, 1], // one host with many networks: the overlap check must stay near-linear
];

const rows = sizes.map(([h, n, c]) =>
  JSON.parse(
    execFileSync(process.execPath, [path.join(here, "size.mjs"), String(h), String(n), String(c)], {
      encoding: "utf8",
      maxBuffer: 1 << 26,
    }),
  ),
);

const fmt = (x, digits = 1) => x.toFixed(digits);
console.log(
  `podnet benchmark — ${os.cpus()[0]?.model ?? "unknown CPU"} ×${os.cpus().length}, ${fmt(os.totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}\n`,
);
console.log(
  "| hosts × networks × containers | networks | validate ms | generate ms | µs per network (validate + generate) | output MiB | peak RSS MiB | deterministic |",
);
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
for (const r of rows) {
  const total = r.hosts * r.networks;
  console.log(
    `| ${r.hosts} × ${r.networks} × ${r.containers} | ${total} | ${fmt(r.validateMs)} | ${fmt(r.generateMs)} | ${fmt(((r.validateMs + r.generateMs) * 1000) / total, 0)} | ${fmt(r.outputBytes / 2 ** 20, 2)} | ${fmt(r.peakRssMiB, 0)} | ${r.deterministic ? "yes" : "NO"} |`,
  );
}

// Start-up: median wall time of the hook path (generate --check on the example) against `node -e 0`.
const median = (command, args, runs = 15) => {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    try {
      execFileSync(command, args, { cwd: root, stdio: "ignore" });
    } catch {
      // --check exits 1 when the example's module is stale; the timing still counts.
    }
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
};
const nodeMs = median(process.execPath, ["-e", "0"]);
const helpMs = median(process.execPath, [path.join(root, "bin/podnet.js"), "--help"]);
const checkMs = median(process.execPath, [path.join(root, "bin/podnet.js"), "generate", "examples/web-arm.yaml", "--check"]);
console.log("\n| start-up (median of 15) | ms | × node -e 0 |");
console.log("| --- | ---: | ---: |");
console.log(`| node -e 0 | ${fmt(nodeMs, 0)} | 1.0 |`);
console.log(`| podnet --help | ${fmt(helpMs, 0)} | ${fmt(helpMs / nodeMs)} |`);
console.log(`| podnet generate --check examples/web-arm.yaml (the hook path) | ${fmt(checkMs, 0)} | ${fmt(checkMs / nodeMs)} |`);
