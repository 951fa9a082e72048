import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { computerNames, precompileTemplate, printerNames, templatesDir } from "../../scripts/templates.mjs";
import { helperNames } from "../../src/compile/render.js";

describe("template safety lint (scripts/templates.mjs, run when podnet is built)", () => {
  it("accepts every shipped template", () => {
    const files = readdirSync(templatesDir).filter((file) => file.endsWith(".hbs"));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) expect(() => precompileTemplate(readFileSync(path.join(templatesDir, file), "utf8"), file)).not.toThrow();
  });

  it.each([
    ["a bare value", "x = {{name}};"],
    ["a triple-stash", "x = {{{nix name}}};"],
    ["a helper without arguments", "x = {{nix}};"],
    ["a helper that does not escape", "x = {{concat name}};"],
    ["a partial", "{{> other}}"],
    ["an unknown block helper", "{{#raw}}x{{/raw}}"],
  ])("rejects %s", (_, source) => {
    expect(() => precompileTemplate(source, "test.hbs")).toThrow(/unsafe/u);
  });

  it("Handlebars itself refuses a helper podnet does not define, even as a sub-expression", () => {
    expect(() => precompileTemplate("x = {{nix (lookup this 'a')}};", "test.hbs")).not.toThrow();
    expect(() => precompileTemplate("x = {{nix (raw name)}};", "test.hbs")).toThrow(/raw/u);
  });

  it("allows exactly the helpers render.ts implements", () => {
    expect([...helperNames.printers].sort()).toEqual([...printerNames].sort());
    expect([...helperNames.computers].sort()).toEqual([...computerNames].sort());
  });
});
