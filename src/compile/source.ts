/**
 * parse: YAML text → plain value, with a map from spec paths back to line:column.
 *
 * js-yaml reads the text (YAML 1.2 core schema, fast enough for a 1,000-host fleet), and its
 * listener sees every node open and close, which gives each node's place in the text: one pass
 * yields the value and its source map.
 *
 * What YAML would read as something else is settled here, before anything else sees the value:
 * - a mapping key is the text the user wrote: `1.10`, `0x1f`, `007`, `true` or `null` as a key is
 *   that text, not a number, boolean or null (names are text); two keys that are the same text
 *   (`1` and `"1"`) are a duplicate, as they would be in the generated module;
 * - podnet reads YAML 1.2 only: a `%YAML 1.1` directive (where `yes`, `no` and `on` are booleans
 *   and `02400` is octal) is refused rather than silently reinterpreting the file;
 * - aliases are bounded by what they expand to, not by how many there are; a key must be a plain
 *   scalar; merge keys (`<<`), tags and anything beyond the core schema are not YAML podnet reads.
 */
import jsyaml from "js-yaml";
import type { Diagnostic, LocatedDiagnostic, Location, SpecPath } from "./diagnostics.js";
import { type InputRuleId, inputSeverity } from "./input-rules.js";

/** Large enough for a 1,000-host fleet (about 3 MB); larger is a stray file, refused early. */
export const maxSpecBytes = 4 * 1024 * 1024;
/**
 * Values the spec may expand to through aliases (each alias counts what it stands for). A
 * 1,000-host fleet is about 200,000; an alias bomb is refused before anything is expanded.
 */
const maxExpandedValues = 500_000;

export interface SpecSource {
  readonly file: string;
  readonly text: string;
  /** Where a diagnostic points: the node at its path, or the deepest ancestor that exists. */
  locate(diagnostic: Diagnostic): LocatedDiagnostic;
}

export type ParseResult =
  | { readonly ok: true; readonly value: unknown; readonly source: SpecSource }
  | { readonly ok: false; readonly diagnostics: ReadonlyArray<LocatedDiagnostic> };

/**
 * A plain scalar the core schema resolves to a number, boolean or null, with the text it was
 * written as. As a mapping key it turns into that text (js-yaml keys a mapping by String(key),
 * which uses toString for objects that have their own @@toStringTag); as a value it is unwrapped.
 */
class Plain {
  constructor(
    readonly value: unknown,
    readonly source: string,
  ) {}
  toString(): string {
    return this.source;
  }
  get [Symbol.toStringTag](): string {
    return "PlainScalar";
  }
}

// js-yaml exports its built-in types at run time; its type definitions leave them out.
type CoreType = InstanceType<typeof jsyaml.Type> & { readonly tag: string };
const coreTypes = (jsyaml as unknown as { types: Record<"null" | "bool" | "int" | "float", CoreType> }).types;
const plainTypes = [coreTypes.null, coreTypes.bool, coreTypes.int, coreTypes.float].map(
  (type) =>
    new jsyaml.Type(type.tag, {
      kind: "scalar",
      resolve: (data: string) => type.resolve(data),
      construct: (data: string) => new Plain(type.construct(data), data),
    }),
);
// The failsafe schema (strings, lists, mappings) plus the core schema's implicit scalars: no
// merge keys, no timestamps, no binary, no custom tags.
const schema = jsyaml.FAILSAFE_SCHEMA.extend({ implicit: plainTypes });

interface SourceNode {
  readonly start: number;
  end: number;
  kind: string;
  result: unknown;
  size: number;
  readonly children: SourceNode[];
}

export function parseSpecText(file: string, text: string): ParseResult {
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const at = (offset: number): Location => {
    const clamped = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= clamped) low = middle;
      else high = middle - 1;
    }
    const lineEnd = text.indexOf("\n", lineStarts[low]!);
    const sourceLine = text.slice(lineStarts[low]!, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/u, "");
    return { file, line: low + 1, column: clamped - lineStarts[low]! + 1, sourceLine };
  };
  const failure = (rule: InputRuleId, message: string, hint: string, offset: number): ParseResult => ({
    ok: false,
    diagnostics: [{ rule, severity: inputSeverity(rule), message, hint, path: [], location: at(offset) }],
  });

  if (Buffer.byteLength(text, "utf8") > maxSpecBytes) {
    return failure(
      "spec-too-large",
      `the spec is larger than ${maxSpecBytes} bytes`,
      "a podnet spec is a small YAML file; check that the right file was given",
      0,
    );
  }
  const directive = /^%YAML[ \t]+(\S+)/mu.exec(text);
  if (
    directive &&
    directive[1] !== "1.2" &&
    text
      .slice(0, directive.index)
      .split("\n")
      .every((line) => /^\s*(#.*)?$|^%/u.test(line))
  ) {
    return failure(
      "yaml-version",
      `the spec declares %YAML ${directive[1]}; podnet reads YAML 1.2, where yes, no, on and off are text and 02400 is a decimal number`,
      "remove the %YAML directive (and write booleans as true/false); YAML 1.1 would change what those values mean",
      directive.index,
    );
  }

  // The listener sees nodes open and close in document order: a stack of open nodes gives the
  // tree, and each node's size (what it expands to, aliases counted in full) as it closes.
  const root: SourceNode = { start: 0, end: 0, kind: "root", result: undefined, size: 0, children: [] };
  const open: SourceNode[] = [root];
  const sizeOf = new Map<unknown, number>();
  let expandedTooFar: number | undefined;
  let value: unknown;
  try {
    value = jsyaml.load(text, {
      schema,
      filename: file,
      listener(event, state) {
        if (event === "open") {
          const node: SourceNode = { start: state.position, end: state.position, kind: "", result: undefined, size: 1, children: [] };
          open.at(-1)!.children.push(node);
          open.push(node);
          return;
        }
        const node = open.pop()!;
        const result: unknown = state.result;
        const only = node.children.length === 1 ? node.children[0]! : undefined;
        if (only !== undefined && only.start === node.start && only.result === result) {
          // js-yaml opens an entry of a block sequence as a node of its own around the entry's
          // value when that is a flow collection or a scalar (`- {}`, `- [a]`, `- a`): the value
          // takes the wrapper's place, so it is not mistaken for a key of a mapping of one child.
          const parent = open.at(-1)!;
          parent.children[parent.children.length - 1] = only;
          return;
        }
        node.end = state.position;
        node.kind = state.kind ?? "";
        node.result = result;
        // A list or mapping seen before, closing again without children, is an alias of it.
        if (typeof result === "object" && result !== null && !(result instanceof Plain)) {
          const aliased = node.children.length === 0 ? sizeOf.get(result) : undefined;
          if (aliased !== undefined) node.size = aliased;
          else {
            for (const child of node.children) node.size += child.size;
            if (!sizeOf.has(result)) sizeOf.set(result, node.size);
          }
        }
        if (node.size > maxExpandedValues && expandedTooFar === undefined) expandedTooFar = node.start;
        // Stop before js-yaml builds more: an alias bomb's references are cheap, walking them is not.
        if (expandedTooFar !== undefined) throw new ExpansionLimit();
      },
    });
  } catch (error) {
    if (error instanceof ExpansionLimit) {
      return failure(
        "yaml-alias",
        `YAML aliases expand the spec to more than ${maxExpandedValues} values`,
        `write the values out or use fewer aliases; a spec may expand to at most ${maxExpandedValues} values`,
        expandedTooFar ?? 0,
      );
    }
    if (error instanceof jsyaml.YAMLException) return yamlFailure(error, at);
    throw error;
  }

  const document = root.children[0];
  const keyProblem = document ? checkKeys(document) : undefined;
  if (keyProblem) return failure(keyProblem.rule, keyProblem.message, keyProblem.hint, keyProblem.offset);

  const index = new Map<SourceNode, Map<string, { key: SourceNode; value: SourceNode }>>();
  const source: SpecSource = {
    file,
    text,
    locate: (diagnostic) => ({
      ...diagnostic,
      location: at(document ? offsetOf(text, document, index, diagnostic.path, diagnostic.at ?? "value") : 0),
    }),
  };
  let plain: unknown;
  try {
    // Without an alias (a YAML alias starts with `*`) the value is a tree that nothing else holds:
    // its scalars are unwrapped where they are. Aliases share values and may form a cycle (even
    // one whose anchor is still open): then it is copied, sharing kept, a cycle refused.
    plain = text.includes("*") ? unwrap(value, new Map(), new Set()) : unwrapTree(value);
  } catch (error) {
    if (!(error instanceof AliasCycle)) throw error;
    return failure(
      "yaml-alias",
      "an alias refers to a value that contains it, so it would expand forever",
      "use an anchor only on a value outside the alias",
      0,
    );
  }
  return { ok: true, value: plain, source };
}

class ExpansionLimit extends Error {}
class AliasCycle extends Error {}

/** Replaces every Plain in a tree (no value shared) with its value, in place. */
function unwrapTree(value: unknown): unknown {
  if (value instanceof Plain) return value.value;
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = unwrapTree(value[i]);
  } else {
    // js-yaml defines every key as an own data property (`__proto__` included), so assigning one
    // sets that property and never an inherited setter.
    const mapping = value as Record<string, unknown>;
    for (const key of Object.keys(mapping)) mapping[key] = unwrapTree(mapping[key]);
  }
  return value;
}

/** Replaces every Plain with its value, keeping shared (aliased) values shared; refuses cycles. */
function unwrap(value: unknown, seen: Map<object, unknown>, building: Set<object>): unknown {
  if (value instanceof Plain) return value.value;
  if (typeof value !== "object" || value === null) return value;
  if (building.has(value)) throw new AliasCycle();
  const known = seen.get(value);
  if (known !== undefined) return known;
  building.add(value);
  let copy: unknown;
  if (Array.isArray(value)) copy = value.map((item) => unwrap(item, seen, building));
  else copy = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, unwrap(item, seen, building)]));
  building.delete(value);
  seen.set(value, copy);
  return copy;
}

/** A key must be a scalar: a list, a mapping or an alias as a key is no name. */
function checkKeys(node: SourceNode): { rule: InputRuleId; message: string; hint: string; offset: number } | undefined {
  if (node.kind === "mapping") {
    for (let i = 0; i < node.children.length; i += 2) {
      const key = node.children[i]!;
      if (key.kind !== "scalar" || (typeof key.result === "object" && key.result !== null && !(key.result instanceof Plain))) {
        return {
          rule: "yaml-key",
          message: "a mapping key here is not a plain name (an alias, a list or a mapping used as a key)",
          hint: "write the key as a plain name, e.g. v6egress",
          offset: key.start,
        };
      }
    }
  }
  for (const child of node.children) {
    const found = checkKeys(child);
    if (found) return found;
  }
  return undefined;
}

/** The node's first character: the listener opens a node where its separator ends. */
function firstCharacter(text: string, offset: number): number {
  let position = offset;
  for (;;) {
    while (position < text.length && /[ \t\r\n:\-?]/u.test(text[position]!)) {
      // Only skip indicators that stand before the value, not a scalar that starts with them.
      if ((text[position] === "-" || text[position] === ":" || text[position] === "?") && !/[ \t\r\n]/u.test(text[position + 1] ?? " "))
        break;
      position++;
    }
    if (text[position] !== "#") return position;
    while (position < text.length && text[position] !== "\n") position++;
  }
}

function offsetOf(
  text: string,
  document: SourceNode,
  index: Map<SourceNode, Map<string, { key: SourceNode; value: SourceNode }>>,
  path: SpecPath,
  at: "key" | "value",
): number {
  let node = document;
  let offset = firstCharacter(text, node.start);
  for (const [position, segment] of path.entries()) {
    const last = position === path.length - 1;
    if (node.kind === "mapping") {
      let pairs = index.get(node);
      if (!pairs) {
        // One index per mapping, built on first use: locating many findings stays linear.
        pairs = new Map();
        for (let i = 0; i + 1 < node.children.length; i += 2) {
          const name = String(node.children[i]!.result);
          if (!pairs.has(name)) pairs.set(name, { key: node.children[i]!, value: node.children[i + 1]! });
        }
        index.set(node, pairs);
      }
      const pair = pairs.get(String(segment));
      if (!pair) return offset;
      if (last && at === "key") return firstCharacter(text, pair.key.start);
      offset = firstCharacter(text, pair.value.start);
      node = pair.value;
    } else if (node.kind === "sequence" && typeof segment === "number") {
      const item = node.children[segment];
      if (!item) return offset;
      offset = firstCharacter(text, item.start);
      node = item;
    } else {
      return offset;
    }
  }
  return offset;
}

function yamlFailure(error: InstanceType<typeof jsyaml.YAMLException>, at: (offset: number) => Location): ParseResult {
  const reason = error.reason ?? error.message;
  const offset = error.mark?.position ?? 0;
  const duplicate = /duplicated mapping key/u.test(reason);
  const rule: InputRuleId = duplicate ? "yaml-duplicate-key" : /unknown tag|unacceptable kind/u.test(reason) ? "yaml-tag" : "yaml-syntax";
  const diagnostic: LocatedDiagnostic = {
    rule,
    severity: inputSeverity(rule),
    message: duplicate
      ? "this key appears twice in the same mapping (as written, quoted or not, it is the same name)"
      : /unknown tag/u.test(reason)
        ? `YAML tag not supported: ${reason}`
        : `YAML syntax error: ${reason}`,
    hint: duplicate
      ? "remove or rename one of the two entries; one would otherwise replace the other"
      : /unknown tag/u.test(reason)
        ? "podnet reads plain YAML 1.2: remove the tag (!!…, !…)"
        : /tab/u.test(reason)
          ? "indent with spaces, not tabs"
          : /indentation|bad indentation/u.test(reason)
            ? "check the indentation and the ':' after each key"
            : "fix the YAML syntax at this position (a YAML linter shows the same spot)",
    path: [],
    location: at(offset),
  };
  return { ok: false, diagnostics: [diagnostic] };
}
