/**
 * `check egress` on N networks against N bare `podman run --rm` of the probe image, in one
 * simulated host (root, podman, Nix). Not a test: prints one JSON line of timings.
 * Run by bench.mjs through run-ts.mjs (TypeScript, because it reuses the test harness).
 */

import { createSimHost } from "../support/simhost.js";
import { moduleOf, simSpec } from "../support/simspec.js";

const networkCount = Number(process.argv[2] ?? 4);
const rounds = Number(process.argv[3] ?? 5);

const host = await createSimHost();
try {
  const networks = Object.fromEntries(
    Array.from({ length: networkCount }, (_, i) => [
      `b${i}`,
      { ipv4: `172.22.${i}.0/24`, ipv6: `fdaa:bbcc:dd${(0x70 + i).toString(16)}::/64` },
    ]),
  );
  const spec = simSpec(host, "bench", networks);
  for (const script of Object.values((await moduleOf(spec.specFile)).scripts)) await host.run("bash", ["-c", script]);
  const names = Object.values(spec.names);

  const seconds = async (work: () => Promise<unknown>) => {
    const started = process.hrtime.bigint();
    await work();
    return Number(process.hrtime.bigint() - started) / 1e9;
  };
  const bare = () =>
    seconds(async () => {
      for (const name of names) await host.podman(["run", "--rm", "--network", name, host.probeImage, "true"]);
    });
  const check = () =>
    seconds(async () => {
      const result = await host.podnet(["check", "egress", spec.specFile, ...host.egressFlags(5)]);
      if (result.exitCode !== 0) throw new Error(`check egress failed in the benchmark:\n${result.stdout}\n${result.stderr}`);
    });

  await bare();
  await check();
  const bareTimes: number[] = [];
  const checkTimes: number[] = [];
  // Interleaved, so drift in the machine's load hits both alike.
  for (let round = 0; round < rounds; round++) {
    bareTimes.push(await bare());
    checkTimes.push(await check());
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  process.stdout.write(
    `${JSON.stringify({ networks: networkCount, rounds, bareSeconds: median(bareTimes), checkSeconds: median(checkTimes) })}\n`,
  );
} finally {
  await host.destroy();
}
