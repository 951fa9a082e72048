/**
 * Golden files: generated modules checked in beside their specs and reviewed by eye once.
 * UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts rewrites them after an intended change.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "../src/compile/pipeline.js";
import { root } from "./support/files.js";
import { goldenSpecs } from "./support/golden.js";

const update = process.env.UPDATE_GOLDEN === "1";

describe("golden modules", () => {
  for (const { spec, golden } of goldenSpecs) {
    const specFile = path.join(root, spec);
    const compilation = compile(spec, readFileSync(specFile, "utf8"));

    it(`${spec} compiles without errors`, () => {
      expect(compilation.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(compilation.hosts.length).toBeGreaterThan(0);
    });

    for (const { plan, content } of compilation.hosts) {
      const goldenFile = path.join(root, golden(plan.host, plan.output));
      it(`${spec} → ${path.relative(root, goldenFile)}`, () => {
        if (update || !existsSync(goldenFile)) {
          if (!update) throw new Error(`missing golden file ${goldenFile}; run with UPDATE_GOLDEN=1 and review it`);
          mkdirSync(path.dirname(goldenFile), { recursive: true });
          writeFileSync(goldenFile, content);
        }
        expect(content).toBe(readFileSync(goldenFile, "utf8"));
      });
    }

    it(`${spec} renders byte-identically twice`, () => {
      const again = compile(spec, readFileSync(specFile, "utf8"));
      expect(again.hosts.map((h) => h.content)).toEqual(compilation.hosts.map((h) => h.content));
    });
  }
});
