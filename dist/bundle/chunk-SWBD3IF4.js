import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  Spec,
  decodeOptions
} from "./chunk-PP4YCQD2.js";
import {
  plan,
  renderHostModule
} from "./chunk-4VMIDXTV.js";
import {
  validate
} from "./chunk-B26B2GMG.js";
import {
  inputSeverity,
  parseSpecText
} from "./chunk-GBUKYKON.js";
import {
  decodeUnknownResult,
  isSuccess
} from "./chunk-DTFT4EZT.js";
import {
  hasErrors
} from "./chunk-YGBQ2C5R.js";

// src/compile/pipeline.ts
import path from "node:path";

// src/compile/decode.ts
var schemaSeverity = inputSeverity("schema");
var decodeSpec = decodeUnknownResult(Spec);
function decode(value) {
  const result = decodeSpec(value, decodeOptions);
  if (isSuccess(result)) return { ok: true, spec: result.success };
  return { ok: false, diagnostics: issueToDiagnostics(result.failure.issue, [], value) };
}
var text = (value) => typeof value === "string" ? value : void 0;
function valueAt(root, path2) {
  let node = root;
  for (const segment of path2) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[segment];
  }
  return node;
}
function describeValue(value) {
  if (value === null || value === void 0) return "nothing (empty value)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)}`;
  return `${typeof value} ${String(value)}`;
}
function expectedOf(ast) {
  const annotations = ast.annotations ?? {};
  const explicit = text(annotations.expected);
  if (explicit) return explicit;
  switch (ast._tag) {
    case "Objects":
      return "a mapping";
    case "Arrays":
      return "a list";
    case "String":
      return "a string";
    case "Number":
      return "a number";
    case "Boolean":
      return "true or false";
    case "Literal":
      return JSON.stringify(ast.literal);
    case "Union":
      return `one of ${ast.types.map(expectedOf).join(", ")}`;
    default:
      return "a different value";
  }
}
function hintOf(ast) {
  return text((ast.annotations ?? {}).hint);
}
function keyRule(ast) {
  const parameter = ast.indexSignatures[0]?.parameter;
  const check = parameter?.checks?.[0];
  return check ? check.annotations : void 0;
}
function issueToDiagnostics(issue, path2, input) {
  const here = (message, hint, at = "value") => [
    { rule: "schema", severity: schemaSeverity, message, hint, path: path2, at }
  ];
  switch (issue._tag) {
    case "Encoding":
      return issueToDiagnostics(issue.issue, path2, input);
    case "Pointer":
      return issueToDiagnostics(issue.issue, [...path2, ...issue.path], input);
    case "Composite":
    case "AnyOf":
      if (issue._tag === "AnyOf" && issue.issues.length === 0) {
        const actual = valueAt(input, path2);
        return here(`expected ${expectedOf(issue.ast)}, got ${describeValue(actual)}`, hintOf(issue.ast) ?? `use ${expectedOf(issue.ast)}`);
      }
      return issue.issues.flatMap((inner) => issueToDiagnostics(inner, path2, input));
    case "Filter": {
      const annotations = issue.filter.annotations;
      const actual = valueAt(input, path2);
      const reason = issue.issue._tag === "InvalidValue" ? text(issue.issue.annotations?.message) : void 0;
      const message = reason ?? text(annotations?.message) ?? `must be ${text(annotations?.expected) ?? "valid"}`;
      return here(
        `${describeValue(actual)} ${message}`,
        text(annotations?.hint) ?? `use ${text(annotations?.expected) ?? "a valid value"}`
      );
    }
    case "InvalidType": {
      const actual = valueAt(input, path2);
      const expected = expectedOf(issue.ast);
      return here(`expected ${expected}, got ${describeValue(actual)}`, hintOf(issue.ast) ?? `write ${expected} here`);
    }
    case "MissingKey": {
      const key = path2[path2.length - 1];
      return [
        {
          rule: "schema",
          severity: schemaSeverity,
          message: `required key ${JSON.stringify(key)} is missing`,
          hint: `add \`${String(key)}:\` to this mapping (see the spec reference in the README)`,
          path: path2.slice(0, -1)
        }
      ];
    }
    case "UnexpectedKey": {
      const key = String(path2[path2.length - 1]);
      const objects = issue.ast;
      const rule = keyRule(objects);
      if (rule) {
        return here(`${JSON.stringify(key)} ${text(rule.message) ?? "is not an allowed name"}`, text(rule.hint) ?? "rename it", "key");
      }
      const allowed = objects.propertySignatures.map((p) => String(p.name));
      const suggestion = closest(key, allowed);
      return here(
        `unknown key ${JSON.stringify(key)}`,
        `${suggestion ? `did you mean \`${suggestion}\`? ` : ""}allowed keys here: ${allowed.join(", ")}`,
        "key"
      );
    }
    case "InvalidValue": {
      const annotations = issue.annotations;
      const reason = text(annotations?.message);
      return here(
        reason ? `${describeValue(valueAt(input, path2))} ${reason}` : "invalid value",
        text(annotations?.hint) ?? "check the value against the spec reference"
      );
    }
    default:
      return here(`invalid value (${issue._tag})`, "check the value against the spec reference in the README");
  }
}
function closest(word, candidates) {
  let best;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance <= 2 && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

// src/compile/pipeline.ts
function compile(file, text2) {
  const parsed = parseSpecText(file, text2);
  if (!parsed.ok) return { diagnostics: parsed.diagnostics, hosts: [] };
  const decoded = decode(parsed.value);
  if (!decoded.ok) return { diagnostics: decoded.diagnostics.map(parsed.source.locate), hosts: [] };
  const diagnostics = validate(decoded.spec, { specDir: path.dirname(path.resolve(file)) }).map(parsed.source.locate);
  if (hasErrors(diagnostics)) return { diagnostics, hosts: [] };
  const hosts = plan(decoded.spec, file).map((host) => ({
    plan: host,
    get content() {
      return renderHostModule(host);
    }
  }));
  return { diagnostics, spec: decoded.spec, hosts, document: parsed.value, locate: parsed.source.locate };
}

export {
  compile
};
