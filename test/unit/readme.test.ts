import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { CatalogueEntry } from "../../src/compile/diagnostics.js";
import { inputRules } from "../../src/compile/input-rules.js";
import { rules } from "../../src/compile/rules.js";
import { outputRules } from "../../src/emit/output-rules.js";
import { type CheckCommand, criteriaCatalogue } from "../../src/prove/criteria.js";
import { factsRules } from "../../src/prove/facts.js";
import { root } from "../support/files.js";

const readmeFile = path.join(root, "README.md");
let readme = readFileSync(readmeFile, "utf8");

/** A rule table as a catalogue defines it. */
const tableOf = (catalogue: ReadonlyArray<CatalogueEntry>) =>
  [
    "| rule | severity | checks |",
    "| --- | --- | --- |",
    ...catalogue.map((rule) => `| \`${rule.id}\` | ${rule.severity} | ${rule.summary} |`),
  ].join("\n");

/** A command's criterion table as the criteria catalogue defines it. */
function criteriaTableOf(command: CheckCommand): string {
  const entries = criteriaCatalogue.filter((entry) => entry.command === command);
  if (command === "egress")
    return ["| criterion | passes when |", "| --- | --- |", ...entries.map((entry) => `| \`${entry.id}\` | ${entry.summary} |`)].join("\n");
  return [
    "| criterion | looks at | a failure says, for example |",
    "| --- | --- | --- |",
    ...entries.flatMap((entry) =>
      entry.command === "host"
        ? [`| \`${entry.id}\`${"only" in entry ? ` (${entry.only})` : ""} | ${entry.looksAt} | ${entry.summary} |`]
        : [],
    ),
  ].join("\n");
}

/** Compares the block between `<!-- marker:start -->` and `<!-- marker:end -->`; `UPDATE_README=1` writes it. */
function expectGenerated(marker: string, expected: string) {
  const open = `<!-- ${marker}:start -->\n`;
  const start = readme.indexOf(open);
  const end = readme.indexOf(`<!-- ${marker}:end -->`);
  expect(start, `README.md has no ${open.trim()}`).toBeGreaterThanOrEqual(0);
  expect(end, `README.md has no <!-- ${marker}:end -->`).toBeGreaterThan(start);
  if (process.env.UPDATE_README) {
    readme = `${readme.slice(0, start + open.length)}${expected}\n${readme.slice(end)}`;
    writeFileSync(readmeFile, readme);
  } else expect(readme.slice(start + open.length, end).trim()).toBe(expected);
}

/** Paths into this repository that a document names in backticks or links, e.g. `src/emit/write.ts`. */
function repositoryPathsIn(text: string): string[] {
  const named = [...text.matchAll(/[`(](?:\.\.\/)?((?:src|test|templates|nix|adr|examples|scripts|bin|dist|\.ci)\/[\w./<>*-]*)/gu)].map(
    (match) => match[1]!,
  );
  // `test/golden/<spec>/<host>.nix` and the like are patterns, not paths.
  return [...new Set(named.map((name) => name.replace(/[.,:;]+$/u, "")))].filter((name) => !/[<*]/u.test(name));
}

describe("README", () => {
  it("lists every spec rule with its severity and summary, and no rule that does not exist", () => {
    expectGenerated("rules", tableOf(rules));
  });

  it("lists every input rule (YAML and schema) and every output rule from their catalogues", () => {
    expectGenerated("input-rules", tableOf(inputRules));
    expectGenerated("output-rules", tableOf(outputRules));
  });

  // Ids written as `rule: "…"` literals; the input rules' helpers take ids typed by their catalogue.
  it("has every rule id the code writes out in one of the catalogues", () => {
    const catalogued = new Set<string>([...inputRules, ...rules, ...outputRules, ...factsRules].map((rule) => rule.id));
    const sources = readdirSync(path.join(root, "src"), { recursive: true })
      .map(String)
      .filter((name) => name.endsWith(".ts"));
    const reported = sources.flatMap((name) =>
      [...readFileSync(path.join(root, "src", name), "utf8").matchAll(/\brule(?:: | === )"([a-z0-9-]+)"/gu)].map((match) => match[1]!),
    );
    expect(reported.length).toBeGreaterThan(10);
    expect([...new Set(reported)].filter((id) => !catalogued.has(id))).toEqual([]);
  });

  it("lists every host-facts rule from their catalogue", () => {
    expectGenerated("facts-rules", tableOf(factsRules));
  });

  it("lists every criterion of check egress and of check host from the criteria catalogue", () => {
    expectGenerated("egress-criteria", criteriaTableOf("egress"));
    expectGenerated("host-criteria", criteriaTableOf("host"));
  });

  // Ids written as `id: "…"` (or `const id = "…"`) in src/prove; the types keep them in the catalogue.
  it("has every catalogued criterion written out by a check, and each once per command", () => {
    const prove = path.join(root, "src", "prove");
    const written = readdirSync(prove)
      .filter((name) => name.endsWith(".ts") && name !== "criteria.ts")
      .flatMap((name) =>
        [...readFileSync(path.join(prove, name), "utf8").matchAll(/\bid(?:: | = )"([a-z0-9-]+)"/gu)].map((match) => match[1]!),
      );
    const catalogued = criteriaCatalogue.map((entry) => entry.id);
    expect([...new Set(catalogued)].filter((id) => !written.includes(id))).toEqual([]);
    const perCommand = criteriaCatalogue.map((entry) => `${entry.command} ${entry.id}`);
    expect(perCommand.length).toBe(new Set(perCommand).size);
  });

  it("has exactly one test command between markers, which .ci/run executes", () => {
    const block = readme.slice(readme.indexOf("<!-- test-command:start -->"), readme.indexOf("<!-- test-command:end -->"));
    const commands = block.split("\n").filter((line) => line && !line.startsWith("<!--") && !line.startsWith("```"));
    expect(commands).toEqual(["npm ci && npm run test:full"]);
  });
});

describe("file references in README.md and adr/", () => {
  const documents = [
    "README.md",
    ...readdirSync(path.join(root, "adr"))
      .filter((name) => name.endsWith(".md"))
      .map((name) => `adr/${name}`),
  ];

  it.each(documents)("every repository path %s names exists", (document) => {
    const text = readFileSync(path.join(root, document), "utf8");
    const base = document.startsWith("adr/") ? path.join(root, "adr") : root;
    const missing = repositoryPathsIn(text).filter((name) => !existsSync(path.join(root, name)) && !existsSync(path.join(base, name)));
    expect(missing).toEqual([]);
  });

  it("finds the paths a document names (the check above can fail)", () => {
    expect(repositoryPathsIn("see `src/compile/rules.ts`, [ADR](../adr/0001-x.md) and `test/golden/<spec>/<host>.nix`.")).toEqual([
      "src/compile/rules.ts",
      "adr/0001-x.md",
    ]);
  });
});
