/**
 * The tree is the architecture: src/compile (parse → decode → validate → plan → render, pure),
 * src/emit (what exists, what changes, writing) and src/prove (the live host) build on compile,
 * src/cli on all three. Imports only point down that order, emit and prove do not know each
 * other, there are no cycles, and compile does no I/O (its templates are precompiled into it).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../support/files.js";

const src = path.join(root, "src");
const files = readdirSync(src, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".ts"))
  .map((file) => file.split(path.sep).join("/"));
const stage = (file: string) => file.split("/")[0]!;
const rank: Record<string, number> = { compile: 0, emit: 1, prove: 1, cli: 2 };

/** Every relative import of a file (static and dynamic), as a path under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(src, file), "utf8");
  return [...text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/gu)].map((match) =>
    path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1]!)).replace(/\.js$/u, ".ts"),
  );
}

describe("the source tree", () => {
  it("has only the four stage folders", () => {
    expect([...new Set(files.map(stage))].sort()).toEqual(["cli", "compile", "emit", "prove"]);
  });

  it("imports only point down the pipeline; emit and prove are independent", () => {
    const wrong: string[] = [];
    for (const file of files) {
      for (const target of importsOf(file)) {
        const [from, to] = [stage(file), stage(target)];
        if (rank[to]! > rank[from]! || (from !== to && rank[to] === rank[from])) wrong.push(`${file} → ${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("has no import cycles", () => {
    const graph = new Map(files.map((file) => [file, importsOf(file)]));
    const cycles: string[] = [];
    const state = new Map<string, "visiting" | "done">();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "visiting") {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(" → "));
        return;
      }
      state.set(file, "visiting");
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, "done");
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it("compile is pure: no file system, processes or network", () => {
    const io = /from\s+["'](node:(fs|fs\/promises|child_process|net|http|https|dgram|dns)|execa)["']/u;
    const impure = files.filter((file) => stage(file) === "compile" && io.test(readFileSync(path.join(src, file), "utf8")));
    expect(impure).toEqual([]);
  });

  it("cli only calls the stages: it touches no file and runs no process itself", () => {
    const io = /(?:from\s+|import\(\s*|require\(\s*)["']((node:)?(fs|fs\/promises|child_process)|execa)["']/u;
    const touching = files.filter((file) => stage(file) === "cli" && io.test(readFileSync(path.join(src, file), "utf8")));
    expect(touching).toEqual([]);
  });
});
