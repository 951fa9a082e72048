/**
 * Property-based tests (fast-check), seeded: FC_SEED=<n> replays a run; FC_RUNS_SCALE multiplies
 * the case counts for a longer soak.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { execa } from "execa";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { nixAttrName, nixIndentedString, nixString, shellWord, UnsafeValueError } from "../src/compile/escape.js";
import { compile } from "../src/compile/pipeline.js";
import { brief, hostileString, runs, seed, writable } from "./support/fuzz.js";
import { type RawSpec, webArm } from "./support/spec.js";
import { describeWith } from "./support/tools.js";

const file = "/tmp/podnet-fuzz/podnet.yaml";

/** A JSON-ish value for replacing parts of a spec. */
const anyValue = fc.oneof(
  { depthSize: "small" },
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  hostileString,
  fc.array(hostileString, { maxLength: 3 }),
  fc.dictionary(hostileString, fc.oneof(hostileString, fc.integer()), { maxKeys: 3 }),
);

/** Every path to a value inside an object tree. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== "object") return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, child]) => paths(child, [...prefix, key]))];
}

function setAt(root: RawSpec, at: Array<string | number>, value: unknown, mode: "set" | "delete" | "add"): RawSpec {
  if (at.length === 0) return mode === "set" ? value : root;
  const parent = at.slice(0, -1).reduce((node, key) => node?.[key], root);
  if (parent === null || typeof parent !== "object") return root;
  const key = at[at.length - 1]!;
  if (mode === "delete") delete parent[key];
  else if (mode === "add") parent[`${String(key)}x`] = value;
  else parent[key] = value;
  return root;
}

const mutation = fc.tuple(fc.nat(), fc.constantFrom("set", "delete", "add") as fc.Arbitrary<"set" | "delete" | "add">, anyValue);

describe("mutated specs", () => {
  it("never crash the compiler: every outcome is diagnostics or modules", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        let spec = webArm();
        for (const [pick, mode, value] of mutations) {
          const all = paths(spec);
          spec = setAt(spec, all[pick % all.length]!, value, mode);
        }
        const result = compile(file, stringify(spec));
        for (const d of result.diagnostics) {
          expect(d.location.line).toBeGreaterThan(0);
          expect(d.message.length).toBeGreaterThan(0);
          expect(d.hint.length).toBeGreaterThan(0);
        }
        // Without output there must be a reason: an error, or a spec that names no host at all.
        if (result.hosts.length === 0 && !result.diagnostics.some((d) => d.severity === "error")) {
          expect(Object.keys(result.spec?.hosts ?? {})).toEqual([]);
        }
      }),
      runs(3000),
    );
  });

  it("random text never crashes the compiler", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 300 }),
          fc.string({ unit: "grapheme-ascii", maxLength: 300 }).map((s) => `version: 1\nhosts:\n  ${s}`),
        ),
        (text) => {
          const result = compile(file, text);
          expect(result.hosts.length > 0 || result.diagnostics.length > 0).toBe(true);
        },
      ),
      runs(2000),
    );
  });

  it("a hostile name anywhere is refused by the allow-list and never reaches a module", () => {
    fc.assert(
      fc.property(
        hostileString.filter((s) => !/^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/u.test(s)),
        fc.constantFrom("network", "container", "untouched", "host"),
        (name, where) => {
          const spec = webArm();
          const story = spec.hosts["web-arm"];
          if (where === "network") story.networks = { [name]: story.networks.v6egress };
          if (where === "container") story.networks.v6egress.containers = [name];
          if (where === "untouched") story.untouched = [name];
          if (where === "host") spec.hosts = { [name]: story };
          const result = compile(file, stringify(spec));
          expect(result.hosts).toEqual([]);
          expect(result.diagnostics.some((d) => d.rule === "schema" || d.rule.startsWith("yaml"))).toBe(true);
        },
      ),
      runs(2000),
    );
  });
});

/** Valid specs: allow-listed names, non-overlapping subnets, optional shapes. */
const name = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,20}$/u);
const network = (index: number) =>
  fc
    .record({
      mode: fc.constantFrom("dual-stack", "ipv6-only"),
      internal: fc.boolean(),
      isolate: fc.constantFrom(false, true, "strict"),
      mtu: fc.option(fc.integer({ min: 1280, max: 9000 }), { nil: undefined }),
      containers: fc.uniqueArray(name, { maxLength: 3 }),
    })
    .map((shape) => ({
      ...(shape.mode === "ipv6-only" ? { mode: "ipv6-only" } : { ipv4: `172.${16 + (index % 16)}.${Math.floor(index / 16)}.0/24` }),
      ipv6: `fd00:${index.toString(16)}::/64`,
      ...(shape.internal ? { internal: true } : {}),
      ...(shape.isolate ? { isolate: shape.isolate } : {}),
      ...(shape.mtu ? { mtu: shape.mtu } : {}),
      containers: shape.containers,
    }));
const validSpec = fc
  .uniqueArray(name, { minLength: 1, maxLength: 3, selector: (n) => n.toLowerCase() })
  .chain((hosts) =>
    fc.tuple(
      ...hosts.map((host, h) =>
        fc
          .uniqueArray(name, { minLength: 1, maxLength: 3, selector: (n) => n.toLowerCase() })
          .filter((nets) =>
            nets.every(
              (n) => !["host", "none", "bridge", "private", "podman", "slirp4netns", "pasta", "default"].includes(n.toLowerCase()),
            ),
          )
          .chain((nets) => fc.tuple(fc.constant(host), fc.tuple(...nets.map((net, i) => fc.tuple(fc.constant(net), network(h * 10 + i)))))),
      ),
    ),
  )
  .map((hosts) => {
    const seen = new Set<string>();
    return {
      version: 1,
      hosts: Object.fromEntries(
        hosts.map(([host, nets], h) => [
          host,
          {
            output: `out/h${h}.nix`,
            uplink: { interface: "eth0", ipv6: { address: `2a01:4f8::${h + 1}/64`, addressing: h % 2 ? "slaac" : "static" } },
            podman: { version: "5.0" },
            networks: Object.fromEntries(
              nets.map(([net, definition]) => {
                // A container joins one network per host; drop repeats the generator made.
                const containers = definition.containers.filter(
                  (c: string) => !seen.has(`${host}/${c.toLowerCase()}`) && seen.add(`${host}/${c.toLowerCase()}`),
                );
                return [net, { ...definition, containers }];
              }),
            ),
          },
        ]),
      ),
    };
  });

describeWith({ commands: ["nix-instantiate"] }, "valid specs", () => {
  it("always produce modules that nix-instantiate --parse accepts", async () => {
    const modules: string[] = [];
    fc.assert(
      fc.property(validSpec, (spec) => {
        const result = compile(file, stringify(spec));
        expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        for (const host of result.hosts) modules.push(host.content);
      }),
      runs(1500),
    );
    expect(modules.length).toBeGreaterThan(1500);
    // One nix-instantiate per batch: each module is a function expression, so a list of them parses.
    const dir = mkdtempSync(path.join(tmpdir(), "podnet-fuzz-"));
    for (let start = 0; start < modules.length; start += 500) {
      const batch = path.join(dir, `batch-${start}.nix`);
      writeFileSync(
        batch,
        `[\n${modules
          .slice(start, start + 500)
          .map((m) => `(\n${m}\n)`)
          .join("\n")}\n]\n`,
      );
      await execa("nix-instantiate", ["--parse", batch], { stdout: "ignore" });
    }
  });
});

describeWith({ commands: ["nix-instantiate", "bash"] }, "escaping helpers on hostile strings", () => {
  const samples = fc.sample(hostileString.filter(writable), { seed, numRuns: 3000 });

  it("Nix strings (quoted and indented) read back exactly through real Nix", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "podnet-fuzz-nix-"));
    const target = path.join(dir, "strings.nix");
    const noTabs = samples.filter((s) => !s.includes("\t"));
    const attrNames = [...new Set(samples.filter((s) => s.length > 0))];
    writeFileSync(
      target,
      `{\n  quoted = [ ${samples.map(nixString).join(" ")} ];\n  indented = [\n${noTabs.map((s) => `    ${nixIndentedString(s, 6)}`).join("\n")}\n  ];\n  attrs = { ${attrNames.map((s, i) => `${nixAttrName(s)} = ${i};`).join(" ")} };\n}\n`,
    );
    const evaluated = await execa("nix-instantiate", ["--eval", "--strict", "--json", target], {
      maxBuffer: 256 * 1024 * 1024,
      reject: false,
    });
    expect(evaluated.exitCode, evaluated.stderr.slice(0, 500)).toBe(0);
    const { stdout } = evaluated;
    const read = JSON.parse(stdout) as { quoted: string[]; indented: string[]; attrs: Record<string, number> };
    const mismatch = (got: string[], want: string[]) => want.findIndex((w, i) => got[i] !== w);
    const quoted = mismatch(read.quoted, samples);
    expect(quoted, `quoted #${quoted}: ${brief(samples[quoted])} read back as ${brief(read.quoted[quoted])}`).toBe(-1);
    // An indented string always ends in exactly one newline here (the closing quotes' line).
    const wantIndented = noTabs.map((s) => `${s.replace(/\n$/u, "")}\n`);
    const indented = mismatch(read.indented, wantIndented);
    expect(indented, `indented #${indented}: ${brief(wantIndented[indented])} read back as ${brief(read.indented[indented])}`).toBe(-1);
    expect(Object.keys(read.attrs).sort()).toEqual([...attrNames].sort());
  });

  it("shell words come back exactly as one argument each", async () => {
    const words = samples.filter((s) => !s.includes("\n") && !s.includes("\r"));
    const dir = mkdtempSync(path.join(tmpdir(), "podnet-fuzz-sh-"));
    writeFileSync(path.join(dir, "words.sh"), `for arg in ${words.map(shellWord).join(" ")}; do printf '%s\\0' "$arg"; done\n`);
    const { stdout } = await execa("bash", [path.join(dir, "words.sh")], { stripFinalNewline: false, maxBuffer: 64 * 1024 * 1024 });
    const read = stdout.split("\u0000").slice(0, -1);
    const first = words.findIndex((w, i) => read[i] !== w);
    expect(first, `word #${first}: ${brief(words[first])} came back as ${brief(read[first])}`).toBe(-1);
    expect(read.length).toBe(words.length);
  });

  it("control characters are refused, never encoded", () => {
    fc.assert(
      fc.property(hostileString, fc.constantFrom("\u0000", "\u0007", "\u001b", "\u007f"), (text, control) => {
        const bad = `${text}${control}`;
        expect(() => nixString(bad)).toThrow(UnsafeValueError);
        expect(() => shellWord(bad)).toThrow(UnsafeValueError);
      }),
      runs(500),
    );
  });
});
