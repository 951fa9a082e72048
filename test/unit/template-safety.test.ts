import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { assertTemplateEscapes, templatesDir } from "../../src/compile/render.js";

describe("template safety lint", () => {
  it("accepts every shipped template", () => {
    const files = readdirSync(templatesDir).filter((file) => file.endsWith(".hbs"));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) expect(() => assertTemplateEscapes(readFileSync(path.join(templatesDir, file), "utf8"), file)).not.toThrow();
  });

  it.each([
    ["a bare value", "x = {{name}};"],
    ["a triple-stash", "x = {{{nix name}}};"],
    ["a helper without arguments", "x = {{nix}};"],
    ["a helper that does not escape", "x = {{concat name}};"],
    ["a partial", "{{> other}}"],
    ["an unknown block helper", "{{#raw}}x{{/raw}}"],
  ])("rejects %s", (_, source) => {
    expect(() => assertTemplateEscapes(source, "test.hbs")).toThrow(/unsafe/u);
  });
});
