import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../../src/validate/rules.js";

const readme = readFileSync(path.resolve(import.meta.dirname, "../../README.md"), "utf8");

describe("README", () => {
  it("lists every rule with its severity and summary, and no rule that does not exist", () => {
    const table = readme.slice(readme.indexOf("<!-- rules:start -->"), readme.indexOf("<!-- rules:end -->"));
    const rows = [...table.matchAll(/^\| `([a-z0-9-]+)` \| (\w+) \| (.+) \|$/gmu)].map((m) => ({ id: m[1], severity: m[2], summary: m[3] }));
    expect(rows).toEqual(rules.map((rule) => ({ id: rule.id, severity: rule.severity, summary: rule.summary })));
  });

  it("has exactly one test command between markers, which .ci/run executes", () => {
    const block = readme.slice(readme.indexOf("<!-- test-command:start -->"), readme.indexOf("<!-- test-command:end -->"));
    const commands = block.split("\n").filter((line) => line && !line.startsWith("<!--") && !line.startsWith("```"));
    expect(commands).toEqual(["npm ci && npm run test:full"]);
  });
});
