// Runs the test suite on each stack podnet is proven on, and prints one closing line for all:
//
//   bookworm          this machine (Debian 12): podman 4.3, netavark 1.4 (iptables), Nix 2.8, pre-commit 3.0
//   trixie/nftables   the Debian trixie root (test/stacks/trixie.sh): podman 5.4, netavark 1.14 with
//                     its default nftables driver, Docker 26, Nix 2.26, pre-commit 4.2: the whole suite
//   trixie/iptables   the same root with netavark's iptables driver (NixOS's default): every test
//                     whose outcome depends on the firewall driver (test/podman/)
//
//   node test/stacks/run.mjs [bookworm|trixie|all]     (default: bookworm)
//
// Outside CI the bundle is rebuilt first, so the CLI tests run the current sources; in CI it is
// not, so the bundle test proves the committed dist/bundle/ is a fresh build.
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { execa } from "execa";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const inCi = process.env.CI === "true" || process.env.CI === "1";
const reports = path.join(root, ".vitest");

// Docker (with IPv6 firewalling) and firewalld exist only in the trixie root. The firewalld-driver
// test sets its own driver, so it runs once.
const trixieOnly = [
  "test/podman/docker.test.ts",
  "test/podman/firewalld-driver.test.ts",
  "test/podman/driver-none.test.ts",
  "test/podman/shapes-podman5.test.ts",
];
const oncePerStack = ["test/podman/firewalld-driver.test.ts", "test/podman/driver-none.test.ts"];

const legs = {
  bookworm: [{ name: "bookworm", env: {}, files: [], exclude: trixieOnly, inTrixie: false }],
  trixie: [
    { name: "trixie/nftables", env: { PODNET_FIREWALL_DRIVER: "nftables" }, files: [], exclude: [], inTrixie: true },
    {
      name: "trixie/iptables",
      env: { PODNET_FIREWALL_DRIVER: "iptables" },
      files: ["test/podman/"],
      exclude: oncePerStack,
      inTrixie: true,
    },
  ],
};

const which = process.argv[2] ?? "bookworm";
const selected = which === "all" ? [...legs.bookworm, ...legs.trixie] : legs[which];
if (!selected) {
  console.error(`usage: node test/stacks/run.mjs [bookworm|trixie|all]`);
  process.exit(2);
}

if (!inCi) await execa("npm", ["run", "-s", "build"], { cwd: root, stdio: "inherit" });
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const results = [];
for (const leg of selected) {
  const report = path.join(reports, `${leg.name.replace("/", "-")}.json`);
  const vitest = [
    "node_modules/vitest/vitest.mjs",
    "run",
    ...leg.files,
    ...leg.exclude.flatMap((pattern) => ["--exclude", pattern]),
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
  ];
  console.log(`\n=== ${leg.name} ===`);
  const env = { ...leg.env, PODNET_LEG: leg.name };
  const command = leg.inTrixie ? ["test/stacks/trixie.sh", ["run", "node", ...vitest]] : [process.execPath, vitest];
  const run = await execa(command[0], command[1], {
    cwd: root,
    stdio: "inherit",
    reject: false,
    env: leg.inTrixie
      ? {
          PODNET_TEST_ENV: Object.entries(env)
            .map(([k, v]) => `${k}=${v}`)
            .join(" "),
        }
      : env,
  });
  results.push({ leg, exitCode: run.exitCode, counts: countsOf(report) });
}

function countsOf(report) {
  try {
    const json = JSON.parse(readFileSync(report, "utf8"));
    return {
      passed: json.numPassedTests,
      failed: json.numFailedTests,
      skipped: json.numPendingTests + json.numTodoTests,
      files: json.numFailedTestSuites,
    };
  } catch {
    return undefined;
  }
}

// A leg without a report (it crashed, or the trixie root could not be built) counts as one failure.
let passed = 0;
let failed = 0;
let skipped = 0;
console.log("");
for (const { leg, exitCode, counts } of results) {
  if (counts === undefined) {
    failed += 1;
    console.log(`${leg.name.padEnd(16)} no report (exit ${exitCode})`);
    continue;
  }
  passed += counts.passed;
  failed += counts.failed + (exitCode !== 0 && counts.failed === 0 ? 1 : 0);
  skipped += counts.skipped;
  console.log(
    `${leg.name.padEnd(16)} ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped${exitCode !== 0 && counts.failed === 0 ? ` (exit ${exitCode})` : ""}`,
  );
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 ? 0 : 1);
