/**
 * One benchmark size in a fresh process: validate (parse, decode, rules) and generate (plan,
 * render) timings in the compiler itself, peak RSS, and whether two renders are byte-identical.
 * Run by bench.mjs through run-ts.mjs; prints one JSON line.
 */
import { createHash } from "node:crypto";
import { stringify } from "yaml";
import { decode } from "../../src/compile/decode.js";
import { plan } from "../../src/compile/plan.js";
import { renderHostModule } from "../../src/compile/render.js";
import { validate } from "../../src/compile/rules.js";
import { parseSpecText } from "../../src/compile/source.js";
import { fleetSpec } from "./fleet.mjs";

const [hosts = 1, networks = 1, containers = 1] = process.argv.slice(2).map(Number);
const file = "/tmp/podnet-bench/podnet.yaml";
const text = stringify(fleetSpec({ hosts, networks, containers }));

const t0 = performance.now();
const parsed = parseSpecText(file, text);
if (!parsed.ok) throw new Error("benchmark spec does not parse");
const decoded = decode(parsed.value);
if (!decoded.ok) throw new Error("benchmark spec does not decode");
const findings = validate(decoded.spec, { specDir: "/tmp/podnet-bench" });
const t1 = performance.now();
if (findings.some((f) => f.severity === "error")) throw new Error(`benchmark spec has errors: ${findings[0]?.message}`);
const render = () => {
  const hash = createHash("sha256");
  let bytes = 0;
  for (const host of plan(decoded.spec, file)) {
    const module = renderHostModule(host);
    bytes += module.length;
    hash.update(module);
  }
  return { digest: hash.digest("hex"), bytes };
};
const first = render();
const t2 = performance.now();
const second = render();
process.stdout.write(
  `${JSON.stringify({
    hosts,
    networks,
    containers,
    specBytes: text.length,
    validateMs: t1 - t0,
    generateMs: t2 - t1,
    outputBytes: first.bytes,
    deterministic: first.digest === second.digest,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
