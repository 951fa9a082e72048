/** Shared fast-check settings: seeded (FC_SEED overrides), so every CI failure can be replayed. */
import fc from "fast-check";

export const seed = Number(process.env.FC_SEED ?? 20261124);
/** Linux interface names podnet accepts that contain a dot (VLANs such as eth0.100): 1-15 bytes. */
export const dottedInterfaceName = fc
  .tuple(fc.stringMatching(/^[A-Za-z0-9_-]{1,6}$/u), fc.stringMatching(/^[A-Za-z0-9_.-]{0,7}$/u))
  .map(([head, tail]) => `${head}.${tail}`)
  .filter((name) => name.length <= 15);

export const runs = (n: number) => ({ seed, numRuns: Number(process.env.FC_RUNS_SCALE ?? 1) * n, endOnFailure: true });

/** Strings that try to break out of Nix and shell quoting. */
export const hostileString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc
    .array(
      fc.constantFrom(
        '"',
        "'",
        "''",
        "'''",
        "${",
        "$${",
        "$",
        "\\",
        "\n",
        "`",
        "$(",
        ")",
        ";",
        "|",
        "&",
        "#",
        "\u202e",
        "\u00a0",
        "\u0430",
        "{",
        "}",
        " ",
        "x",
        "ё",
        "🐧",
        "\r",
      ),
      { maxLength: 25 },
    )
    .map((parts) => parts.join("")),
  fc.string({ unit: "grapheme-ascii", minLength: 200, maxLength: 400 }),
);

/** Strings Nix and shells can hold at all (no NUL; our helpers refuse other C0 controls too). */
export const writable = (text: string) => !/[\u0000-\u0008\u000b-\u001f\u007f]/u.test(text) && !/[\uD800-\uDFFF]/u.test(text);

/** Keeps a failure message short: the first `n` characters of a JSON rendering. */
export const brief = (value: unknown, n = 300) => String(JSON.stringify(value) ?? "undefined").slice(0, n);
