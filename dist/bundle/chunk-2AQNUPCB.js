import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);

// src/compile/escape.ts
var UnsafeValueError = class extends Error {
  name = "UnsafeValueError";
};
var forbiddenControl = /[\u0000-\u0008\u000b-\u001f\u007f]/u;
var loneSurrogate = /[\uD800-\uDFFF]/u;
function refuseControlCharacters(value, where) {
  if (loneSurrogate.test(value)) throw new UnsafeValueError(`${where}: a lone UTF-16 surrogate cannot be written as UTF-8`);
  const match = forbiddenControl.exec(value);
  if (match) {
    const code = match[0].codePointAt(0).toString(16).padStart(4, "0");
    throw new UnsafeValueError(`${where}: control character U+${code} cannot be written safely`);
  }
}
var plainNixString = /^[A-Za-z0-9 _.,:;/@%+=()[\]<>!?*#'-]*$/u;
function nixString(value) {
  if (plainNixString.test(value)) return `"${value}"`;
  refuseControlCharacters(value, "Nix string");
  const body = value.replace(/\\/gu, "\\\\").replace(/"/gu, '\\"').replace(/\$/gu, "\\$").replace(/\n/gu, "\\n").replace(/\t/gu, "\\t");
  return `"${body}"`;
}
var nixKeywords = /* @__PURE__ */ new Set(["if", "then", "else", "assert", "with", "let", "in", "rec", "inherit", "or"]);
function nixAttrName(name) {
  if (/^[A-Za-z_][A-Za-z0-9_'-]*$/u.test(name) && !nixKeywords.has(name)) return name;
  return nixString(name);
}
var spacesOnlyPattern = /^ *$/u;
function nixIndentedString(text, indent) {
  if (text.includes("	")) throw new UnsafeValueError("Nix indented string: tabs break indentation stripping");
  refuseControlCharacters(text, "Nix indented string");
  const lines = text.replace(/\n$/u, "").split("\n");
  const pad = " ".repeat(indent);
  const spacesOnly = (line) => spacesOnlyPattern.test(line);
  const firstContent = lines.findIndex((line) => !spacesOnly(line));
  const allIndented = firstContent >= 0 && lines.every((line) => line.startsWith(" ") || spacesOnly(line));
  const escaped = lines.map((line, index) => {
    let body = line.includes("''") || line.includes("${") ? escapeIndentedLine(line) : line;
    const onlySpaces = line !== "" && line.charCodeAt(0) === 32 && spacesOnly(line);
    if (allIndented && index === firstContent || onlySpaces) body = `''\\ ${body.slice(1)}`;
    return body === "" ? "" : pad + body;
  });
  return `''
${escaped.join("\n")}
${" ".repeat(Math.max(0, indent - 2))}''`;
}
function escapeIndentedLine(line) {
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
function nixStringList(values, indent) {
  if (values.length === 0) return "[ ]";
  if (values.length === 1) return `[ ${nixString(values[0])} ]`;
  const pad = " ".repeat(indent);
  return `[
${values.map((value) => `${pad}  ${nixString(value)}`).join("\n")}
${pad}]`;
}
function shellWord(value) {
  refuseControlCharacters(value, "shell word");
  if (value.includes("\n")) throw new UnsafeValueError("shell word: newline cannot be written safely");
  if (/^[A-Za-z0-9_./:=@%+,-]+$/u.test(value)) return value;
  return `'${value.replace(/'/gu, `'\\''`)}'`;
}
var invisibleCharacters = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]/gu;
function visibleText(value) {
  return value.replace(invisibleCharacters, (character) => {
    const code = character.codePointAt(0);
    if (character === "\n") return "\\n";
    if (character === "	") return "\\t";
    if (character === "\r") return "\\r";
    return code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
function commentText(value) {
  refuseControlCharacters(value, "comment");
  if (/[\n\r\u2028\u2029]/u.test(value)) throw new UnsafeValueError("comment: line breaks cannot be written safely");
  return value;
}

export {
  UnsafeValueError,
  nixString,
  nixAttrName,
  nixIndentedString,
  nixStringList,
  shellWord,
  invisibleCharacters,
  visibleText,
  commentText
};
