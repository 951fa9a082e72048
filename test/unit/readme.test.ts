import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../../src/validate/rules.js";

const readmeFile = path.resolve(import.meta.dirname, "../../README.md");
const readme = readFileSync(readmeFile, "utf8");

/** The rule table as the catalogue defines it; `UPDATE_README=1` writes it into README.md. */
const ruleTable = ["| rule | severity | checks |", "| --- | --- | --- |", ...rules.map((rule) => `| \`${rule.id}\` | ${rule.severity} | ${rule.summary} |`)].join("\n");

describe("README", () => {
  it("lists every rule with its severity and summary, and no rule that does not exist", () => {
    const start = readme.indexOf("<!-- rules:start -->\n") + "<!-- rules:start -->\n".length;
    const end = readme.indexOf("<!-- rules:end -->");
    if (process.env.UPDATE_README) writeFileSync(readmeFile, `${readme.slice(0, start)}${ruleTable}\n${readme.slice(end)}`);
    else expect(readme.slice(start, end).trim()).toBe(ruleTable);
  });

  it("has exactly one test command between markers, which .ci/run executes", () => {
    const block = readme.slice(readme.indexOf("<!-- test-command:start -->"), readme.indexOf("<!-- test-command:end -->"));
    const commands = block.split("\n").filter((line) => line && !line.startsWith("<!--") && !line.startsWith("```"));
    expect(commands).toEqual(["npm ci && npm run test:full"]);
  });
});
