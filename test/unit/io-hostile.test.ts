/** How user-typed text is shown in one-line messages: nothing unprintable, never cut inside a character. */

import { getSystemErrorMap } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fsReason, oneLine, unprintableIn, visible } from "../../src/cli/context.js";
import { hostileString, runs } from "../support/fuzz.js";

const unprintable = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\uD800-\uDFFF]/u;
const text = fc.oneof(
  hostileString,
  fc.string({ unit: "binary", maxLength: 3000 }),
  fc.string({ unit: "grapheme", minLength: 900, maxLength: 1200 }),
);

describe("visible, oneLine, unprintableIn", () => {
  it("visible leaves printable text alone and escapes everything else", () => {
    fc.assert(
      fc.property(text, (value) => {
        const shown = visible(value);
        expect(shown).not.toMatch(unprintable);
        expect(shown === value).toBe(!unprintable.test(value));
        expect(unprintableIn(value) === undefined).toBe(shown === value);
      }),
      runs(500),
    );
  });

  it("oneLine is bounded, printable and never splits a surrogate pair", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 40, max: 2000 }), (value, max) => {
        const line = oneLine(value, max);
        expect(line).not.toMatch(unprintable);
        expect(line.length).toBeLessThanOrEqual(max + 40);
        if (visible(value).length <= max) expect(line).toBe(visible(value));
      }),
      runs(500),
    );
  });

  it("names what it found", () => {
    expect(unprintableIn("a\nb")).toBe("a line break (U+000A)");
    expect(unprintableIn("a\u2028b")).toBe("a line break (U+2028)");
    expect(unprintableIn("\u001b[2J")).toBe("a control character (U+001B)");
    expect(unprintableIn("\u009b")).toBe("a control character (U+009B)");
    expect(unprintableIn("abc\u202e")).toBe("a bidirectional override (U+202E)");
    expect(unprintableIn("\ud800")).toBe("a lone UTF-16 surrogate (half of a character)");
    expect(unprintableIn("🐧 Égress")).toBeUndefined();
  });
});

describe("fsReason", () => {
  // The whole class: every system error Node can report reads as words, never as its code.
  it("words every system error without Node's code or syscall", () => {
    const errors = [...getSystemErrorMap()];
    expect(errors.length).toBeGreaterThan(50);
    for (const [errno, [code]] of errors) {
      const error = Object.assign(new Error(`${code}: raw message, write`), { code, errno, syscall: "write" });
      const reason = fsReason(error);
      expect(reason, code).not.toMatch(/\bE[A-Z0-9]{2,}\b|, write$/u);
      expect(reason.length, code).toBeGreaterThan(3);
    }
    expect(fsReason(Object.assign(new Error("EIO: i/o error, write"), { code: "EIO", errno: -5 }))).toBe("i/o error");
  });
});
