/**
 * Class: keys YAML reads as something else. A name in the spec is the text the user wrote, or the
 * spec is refused with a position: never a different name, never a lost entry. Property-based over
 * the plain scalars YAML 1.2 resolves to numbers, booleans and null.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { parseSpecText } from "../../src/compile/source.js";
import { brief, runs } from "../support/fuzz.js";
import { compileSpec } from "../support/spec.js";

// Plain scalars the YAML 1.2 core schema does not read as strings, and some it does.
const plainKey = fc.oneof(
  fc.integer({ min: 0, max: 99999 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 999 })).map(([a, b]) => `${a}.${String(b).padEnd(2, "0")}`),
  fc.integer({ min: 0, max: 0xfff }).map((n) => `0x${n.toString(16)}`),
  fc.integer({ min: 0, max: 0o777 }).map((n) => `0o${n.toString(8)}`),
  fc.integer({ min: 0, max: 999 }).map((n) => `00${n}`),
  fc.integer({ min: 1, max: 9 }).map((n) => `${n}e${n}`),
  fc.constantFrom("true", "false", "True", "FALSE", "null", "Null", "~", ".inf", "-.inf", ".nan", "yes", "no", "on", "off"),
  fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/u),
);

function specWith(keys: ReadonlyArray<{ text: string; quoted: boolean }>): string {
  const lines = [
    "version: 1",
    "hosts:",
    "  lab:",
    "    output: lab.nix",
    "    uplink: { interface: eth0, ipv6: { address: 2a01:4f8::1/64, addressing: static } }",
    "    networks:",
  ];
  for (const [i, { text, quoted }] of keys.entries()) {
    lines.push(`      ${quoted ? JSON.stringify(text) : text}: { ipv4: 172.20.${i}.0/24, ipv6: "fd00:0:0:${i.toString(16)}::/64" }`);
  }
  return `${lines.join("\n")}\n`;
}

const podmanName = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/u;

describe("mapping keys are the text as written", () => {
  it("every network key is kept as written, or refused at its line; none is renamed or lost", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ text: plainKey, quoted: fc.boolean() }), { minLength: 1, maxLength: 6, selector: (k) => k.text }),
        (keys) => {
          const compiled = compileSpec(specWith(keys));
          const errors = compiled.diagnostics.filter((d) => d.severity === "error");
          const valid = keys.filter((k) => podmanName.test(k.text));
          if (valid.length === keys.length) {
            expect(errors, brief(errors)).toEqual([]);
            const names = compiled.hosts[0]!.plan.networks.map((n) => n.name).sort();
            expect(names).toEqual(keys.map((k) => k.text).sort());
          } else {
            // Refused, at the line of a key that is not a valid name.
            expect(errors.length).toBeGreaterThan(0);
            const badLines = keys.map((k, i) => (podmanName.test(k.text) ? -1 : 7 + i));
            expect(
              errors.some((d) => badLines.includes(d.location.line)),
              brief(errors),
            ).toBe(true);
          }
        },
      ),
      runs(400),
    );
  });

  it("the same name quoted and unquoted is a duplicate at the second one, whatever YAML would resolve it to", () => {
    fc.assert(
      fc.property(plainKey, fc.boolean(), (text, quotedFirst) => {
        const compiled = compileSpec(
          specWith([
            { text, quoted: quotedFirst },
            { text, quoted: !quotedFirst },
          ]),
        );
        const duplicate = compiled.diagnostics.find((d) => d.rule === "yaml-duplicate-key");
        expect(duplicate, `${text}: ${brief(compiled.diagnostics)}`).toBeDefined();
        expect(duplicate!.location.line).toBe(8);
      }),
      runs(200),
    );
  });

  it("keys that are not plain scalars are refused at their position", () => {
    const text = specWith([{ text: "a", quoted: false }]).replace("      a:", "      ? [a, b]\n      :");
    const found = compileSpec(text).diagnostics[0]!;
    expect(found.rule).toBe("yaml-key");
    expect(found.location.line).toBe(7);
  });

  it("a flow mapping or list as an entry of a block list is a value, not a key: wrong shape, said at its line", () => {
    for (const entry of ["{}", "{ name: legacy }", "[legacy]"]) {
      const text = `${specWith([{ text: "a", quoted: false }])}    untouched:\n      - ${entry}\n`;
      const found = compileSpec(text).diagnostics.filter((d) => d.severity === "error");
      expect(
        found.map((d) => d.rule),
        entry,
      ).toEqual(["schema"]);
      expect(found[0]!.path, entry).toEqual(["hosts", "lab", "untouched", 0]);
      expect(found[0]!.location.line, entry).toBe(9);
    }
  });

  it("a %YAML 1.1 directive is refused instead of changing what yes, no or 02400 mean", () => {
    for (const directive of ["%YAML 1.1\n---\n", "%YAML 1.1\n--- \n"]) {
      const found = compileSpec(directive + specWith([{ text: "a", quoted: false }])).diagnostics[0]!;
      expect(found.rule).toBe("yaml-version");
      expect(found.location).toMatchObject({ line: 1, column: 1 });
    }
    // An explicit 1.2 directive is what podnet reads anyway.
    expect(
      compileSpec(`%YAML 1.2\n---\n${specWith([{ text: "a", quoted: false }])}`).diagnostics.filter((d) => d.severity === "error"),
    ).toEqual([]);
  });
});

describe("the parsed value is plain data", () => {
  const parse = (text: string) => {
    const parsed = parseSpecText("spec.yaml", text);
    if (!parsed.ok) throw new Error(parsed.diagnostics[0]!.message);
    return parsed.value;
  };
  const prototypesOf = (value: unknown): unknown[] =>
    typeof value !== "object" || value === null
      ? []
      : [Object.getPrototypeOf(value), ...Object.values(value as Record<string, unknown>).flatMap(prototypesOf)];

  it("any JSON value, `__proto__` keys included, reads back as itself, with and without aliases (property)", () => {
    const withProto = fc.jsonValue().map((value) => ({ __proto__x: value, ...JSON.parse(`{"__proto__": ${JSON.stringify(value)}}`) }));
    fc.assert(
      fc.property(withProto, fc.boolean(), (value, shared) => {
        // A shared subtree is written once with an anchor and read back through an alias.
        const document = shared ? { first: value, second: value } : { only: value };
        const text = stringify(document, { aliasDuplicateObjects: shared });
        const read = parse(text);
        expect(JSON.stringify(read)).toBe(JSON.stringify(document));
        expect(Object.hasOwn((read as Record<string, Record<string, unknown>>)[shared ? "first" : "only"]!, "__proto__")).toBe(true);
        for (const prototype of prototypesOf(read)) expect([Object.prototype, Array.prototype]).toContain(prototype);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      runs(200),
    );
  });
});
