// The Handlebars templates in templates/, checked and precompiled when podnet is built: the
// bundle (scripts/bundle.mjs), the tests (vitest.config.ts) and run-ts.mjs all get them as the
// module "podnet:templates", so podnet runs them with Handlebars' small runtime and never parses
// a template while a user waits.
//
// A template may print only through the escaping helpers (`printerNames`; render.ts implements
// them). That is checked on each template's syntax tree here, and Handlebars itself refuses any
// other helper (knownHelpersOnly), so a `{{name}}` slipped into a template fails the build and
// every test run, not just the run whose data happens to contain a quote.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";

export const templatesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../templates");
export const templatesModuleId = "podnet:templates";

/** Helpers that print, each escaping for one context. */
export const printerNames = ["nix", "attr", "nixList", "sh", "shArgs", "comment", "yaml", "text", "script"];
/** Helpers that only compute values for the printers (sub-expressions). */
export const computerNames = ["concat"];

const blockHelpers = new Set(["each", "if", "unless", "with"]);

/** Throws when a template could print a value that no escaping helper has seen. */
export function assertTemplateEscapes(source, file) {
  const problems = [];
  const visit = (node) => {
    if (!node) return;
    switch (node.type) {
      case "Program":
        node.body.forEach(visit);
        return;
      case "BlockStatement": {
        const name = node.path.original;
        if (!blockHelpers.has(name)) problems.push(`line ${node.loc.start.line}: block {{#${name}}} is not allowed`);
        visit(node.program);
        visit(node.inverse);
        return;
      }
      case "MustacheStatement": {
        const name = node.path.original;
        if (!node.escaped) problems.push(`line ${node.loc.start.line}: triple-stash {{{…}}} bypasses escaping`);
        if (!printerNames.includes(name) || node.params.length === 0) {
          problems.push(`line ${node.loc.start.line}: {{${name}}} prints without an escaping helper (${printerNames.join(", ")})`);
        }
        return;
      }
      case "PartialStatement":
      case "PartialBlockStatement":
      case "DecoratorBlock":
      case "Decorator":
        problems.push(`line ${node.loc.start.line}: partials and decorators are not used by podnet templates`);
        return;
      default:
        return;
    }
  };
  visit(Handlebars.parse(source));
  if (problems.length > 0) throw new Error(`template ${file} is unsafe:\n  ${problems.join("\n  ")}`);
}

/** One template checked and precompiled: the JavaScript of its specification. */
export function precompileTemplate(source, file) {
  assertTemplateEscapes(source, file);
  const knownHelpers = Object.fromEntries([...printerNames, ...computerNames].map((name) => [name, true]));
  return Handlebars.precompile(source, { strict: true, knownHelpers, knownHelpersOnly: true });
}

/** The source of the "podnet:templates" module: every template, by file name. */
export function templatesModule() {
  const files = readdirSync(templatesDir)
    .filter((file) => file.endsWith(".hbs"))
    .sort();
  const entries = files.map(
    (file) => `  ${JSON.stringify(file)}: ${precompileTemplate(readFileSync(path.join(templatesDir, file), "utf8"), file)}`,
  );
  return `export default {\n${entries.join(",\n")}\n};\n`;
}

/** For esbuild (the bundle, run-ts.mjs). */
export const templatesEsbuildPlugin = {
  name: "podnet-templates",
  setup(build) {
    build.onResolve({ filter: /^podnet:templates$/ }, () => ({ path: templatesModuleId, namespace: "podnet-templates" }));
    build.onLoad({ filter: /.*/, namespace: "podnet-templates" }, () => ({
      contents: templatesModule(),
      loader: "js",
      resolveDir: templatesDir,
    }));
  },
};

/** For Vite (vitest). */
export const templatesVitePlugin = {
  name: "podnet-templates",
  resolveId: (id) => (id === templatesModuleId ? `\0${templatesModuleId}` : undefined),
  load: (id) => (id === `\0${templatesModuleId}` ? templatesModule() : undefined),
};
