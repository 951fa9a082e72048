/**
 * The one place where values become Nix or shell source text.
 *
 * Names are allow-listed by the schema long before they get here; these helpers are the second
 * wall, so that even a value that slipped through cannot end a string, interpolate or inject.
 */

export class UnsafeValueError extends Error {
  override readonly name = "UnsafeValueError";
}

// NUL cannot live in a Nix string or a shell word; other C0 controls (and DEL) have no business in
// generated config and would make the output unreadable, so they are refused rather than encoded.
const forbiddenControl = /[\u0000-\u0008\u000b-\u001f\u007f]/u;

// A lone UTF-16 surrogate has no UTF-8 encoding: it would be silently replaced when written.
const loneSurrogate = /[\uD800-\uDFFF]/u;

function refuseControlCharacters(value: string, where: string): void {
  if (loneSurrogate.test(value)) throw new UnsafeValueError(`${where}: a lone UTF-16 surrogate cannot be written as UTF-8`);
  const match = forbiddenControl.exec(value);
  if (match) {
    const code = match[0].codePointAt(0)!.toString(16).padStart(4, "0");
    throw new UnsafeValueError(`${where}: control character U+${code} cannot be written safely`);
  }
}

const plainNixString = /^[A-Za-z0-9 _.,:;/@%+=()[\]<>!?*#'-]*$/u;

/** A Nix double-quoted string literal. `$` is always escaped, so `${` can never interpolate. */
export function nixString(value: string): string {
  // Names and addresses (nearly every value) need no escape at all.
  if (plainNixString.test(value)) return `"${value}"`;
  refuseControlCharacters(value, "Nix string");
  const body = value.replace(/\\/gu, "\\\\").replace(/"/gu, '\\"').replace(/\$/gu, "\\$").replace(/\n/gu, "\\n").replace(/\t/gu, "\\t");
  return `"${body}"`;
}

const nixKeywords = new Set(["if", "then", "else", "assert", "with", "let", "in", "rec", "inherit", "or"]);

/** A Nix attribute name: bare when it is a plain identifier, a quoted string otherwise. */
export function nixAttrName(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_'-]*$/u.test(name) && !nixKeywords.has(name)) return name;
  return nixString(name);
}

const spacesOnlyPattern = /^ *$/u;

/**
 * A Nix indented string (`'' … ''`) holding `text`, each line indented by `indent` spaces and the
 * closing quotes on their own line (indented by `indent - 2`), the way nixfmt lays it out.
 * Inside: `''` becomes `'''` and `${` becomes `''${`, so nothing interpolates; a lone `$` is
 * literal in Nix and stays as it is, which keeps shell scripts readable.
 */
export function nixIndentedString(text: string, indent: number): string {
  if (text.includes("\t")) throw new UnsafeValueError("Nix indented string: tabs break indentation stripping");
  refuseControlCharacters(text, "Nix indented string");
  const lines = text.replace(/\n$/u, "").split("\n");
  const pad = " ".repeat(indent);
  // Nix strips the indentation common to all non-empty lines: if the text's own lines all start
  // with a space, that space would go too. Escaping one (`''\ `) makes our padding the minimum.
  // Only ASCII spaces are indentation to Nix (String.trim would also count U+00A0 and others).
  const spacesOnly = (line: string) => spacesOnlyPattern.test(line);
  const firstContent = lines.findIndex((line) => !spacesOnly(line));
  const allIndented = firstContent >= 0 && lines.every((line) => line.startsWith(" ") || spacesOnly(line));
  const escaped = lines.map((line, index) => {
    // Most lines hold neither `''` nor `${`: nothing to escape.
    let body = line.includes("''") || line.includes("${") ? escapeIndentedLine(line) : line;
    // A line of only spaces would lose them all the same way; the escape keeps it.
    const onlySpaces = line !== "" && line.charCodeAt(0) === 32 && spacesOnly(line);
    if ((allIndented && index === firstContent) || onlySpaces) body = `''\\ ${body.slice(1)}`;
    return body === "" ? "" : pad + body;
  });
  return `''\n${escaped.join("\n")}\n${" ".repeat(Math.max(0, indent - 2))}''`;
}

/**
 * Left to right, as Nix's lexer reads: `''` → `'''`, `${` → `''${`, and a single `'` right
 * before `${` → `''\\'`. Without that last case `'${` would become `'''${`, which Nix reads as
 * an escaped `''` followed by a live interpolation.
 */
function escapeIndentedLine(line: string): string {
  let out = "";
  for (let i = 0; i < line.length; ) {
    if (line.startsWith("''", i)) {
      out += "'''";
      i += 2;
    } else if (line.startsWith("${", i)) {
      out += "''${";
      i += 2;
    } else if (line[i] === "'" && line.startsWith("${", i + 1)) {
      out += "''\\'";
      i += 1;
    } else {
      out += line[i];
      i += 1;
    }
  }
  return out;
}

/**
 * A Nix list of strings laid out as nixfmt does: `[ "a" ]` for one element, one element per line
 * (at `indent + 2`, closing bracket at `indent`) for more.
 */
export function nixStringList(values: ReadonlyArray<string>, indent: number): string {
  if (values.length === 0) return "[ ]";
  if (values.length === 1) return `[ ${nixString(values[0]!)} ]`;
  const pad = " ".repeat(indent);
  return `[\n${values.map((value) => `${pad}  ${nixString(value)}`).join("\n")}\n${pad}]`;
}

/** A POSIX shell word: bare when every character is inert, single-quoted otherwise. */
export function shellWord(value: string): string {
  refuseControlCharacters(value, "shell word");
  if (value.includes("\n")) throw new UnsafeValueError("shell word: newline cannot be written safely");
  if (/^[A-Za-z0-9_./:=@%+,-]+$/u.test(value)) return value;
  return `'${value.replace(/'/gu, `'\\''`)}'`;
}

// Characters a person must see as an escape, never as an effect: C0 and C1 controls (ESC starts
// terminal sequences), DEL, line and paragraph separators, bidirectional overrides and isolates,
// the byte-order mark, and lone surrogates (no character at all).
export const invisibleCharacters = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]/gu;

/**
 * Text shown to a person (a terminal, a comment in a module): every character that could end the
 * line, move the cursor, change colours or reorder the text is written as a visible escape
 * (`\x1b`, `\n`, `\u2028`). Printable text, other scripts and emoji stay as they are.
 */
export function visibleText(value: string): string {
  return value.replace(invisibleCharacters, (character) => {
    const code = character.codePointAt(0)!;
    if (character === "\n") return "\\n";
    if (character === "\t") return "\\t";
    if (character === "\r") return "\\r";
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/** Text for a `#` comment line: anything that could end the line is refused. */
export function commentText(value: string): string {
  refuseControlCharacters(value, "comment");
  if (/[\n\r\u2028\u2029]/u.test(value)) throw new UnsafeValueError("comment: line breaks cannot be written safely");
  return value;
}
