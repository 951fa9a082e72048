import { describe, expect, it } from "vitest";
import { commentText, nixAttrName, nixIndentedString, nixString, shellWord, UnsafeValueError } from "../../src/compile/escape.js";

describe("nixString", () => {
  it("escapes quotes, backslashes, every dollar and line breaks", () => {
    expect(nixString('a"b')).toBe('"a\\"b"');
    expect(nixString("a\\b")).toBe('"a\\\\b"');
    expect(nixString("${x}")).toBe('"\\${x}"');
    expect(nixString("$$")).toBe('"\\$\\$"');
    expect(nixString("a\nb")).toBe('"a\\nb"');
  });
  it("refuses NUL and other control characters", () => {
    expect(() => nixString("a\u0000b")).toThrow(UnsafeValueError);
    expect(() => nixString("a\u001bb")).toThrow(UnsafeValueError);
  });
});

describe("nixAttrName", () => {
  it("keeps identifiers bare and quotes everything else", () => {
    expect(nixAttrName("throwaway")).toBe("throwaway");
    expect(nixAttrName("rustdesk-server")).toBe("rustdesk-server");
    expect(nixAttrName("podnet.v6")).toBe('"podnet.v6"');
    expect(nixAttrName("9lives")).toBe('"9lives"');
    expect(nixAttrName("in")).toBe('"in"');
    expect(nixAttrName("or")).toBe('"or"');
  });
});

describe("nixIndentedString", () => {
  it("escapes '' and ${ and indents every non-empty line", () => {
    expect(nixIndentedString("echo ${x} ''y''\n\nz\n", 4)).toBe("''\n    echo ''${x} '''y'''\n\n    z\n  ''");
  });
  it("leaves a lone $ alone (it is literal in Nix)", () => {
    expect(nixIndentedString('echo "$a"', 2)).toBe(`''\n  echo "$a"\n''`);
  });
  it("refuses tabs and control characters", () => {
    expect(() => nixIndentedString("a\tb", 2)).toThrow(UnsafeValueError);
    expect(() => nixIndentedString("a\u0007b", 2)).toThrow(UnsafeValueError);
  });
});

describe("shellWord", () => {
  it("leaves inert words bare", () => {
    expect(shellWord("10.89.0.0/24")).toBe("10.89.0.0/24");
    expect(shellWord("--network=v6egress")).toBe("--network=v6egress");
  });
  it("single-quotes everything else, including embedded single quotes", () => {
    expect(shellWord("a b")).toBe("'a b'");
    expect(shellWord("$(rm -rf /)")).toBe("'$(rm -rf /)'");
    expect(shellWord("it's")).toBe("'it'\\''s'");
    expect(shellWord("")).toBe("''");
  });
  it("refuses newlines", () => {
    expect(() => shellWord("a\nb")).toThrow(UnsafeValueError);
  });
});

describe("commentText", () => {
  it("refuses anything that ends the comment line", () => {
    expect(commentText("spec.yaml")).toBe("spec.yaml");
    expect(() => commentText("x\nbuiltins.abort 1")).toThrow(UnsafeValueError);
    expect(() => commentText("x\u2028y")).toThrow(UnsafeValueError);
  });
});

describe("nixIndentedString edge cases found by fuzzing", () => {
  it.each([["'''${"], ["'${x}"], ["a'${"], ["''${"], ["'''"], ["''''${''"]])("escapes %s so that nothing interpolates", (text) => {
    // Structural check here; test/fuzz.test.ts reads thousands of such strings back through real Nix.
    const literal = nixIndentedString(text, 2);
    expect(literal.replace(/''\$\{|'''|''\\'/gu, "")).not.toContain("${");
  });
});

describe("nixIndentedString keeps leading spaces Nix would strip", () => {
  it("escapes one space when every line starts with a space", () => {
    expect(nixIndentedString("  a\n  b", 2)).toBe("''\n  ''\\  a\n    b\n''");
  });
  it("escapes a line of only spaces", () => {
    expect(nixIndentedString("x\n   \ny", 2)).toBe("''\n  x\n  ''\\   \n  y\n''");
  });
  it("does not mistake a no-break space for indentation", () => {
    expect(nixIndentedString("\u00a0x", 2)).toBe("''\n  \u00a0x\n''");
  });
});
