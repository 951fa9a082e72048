/**
 * render: HostPlan → module text, through the Handlebars templates in templates/.
 *
 * Templates may print only through the escaping helpers below. That is checked on the template's
 * syntax tree when it is loaded, so a `{{name}}` slipped into a template fails every run, not
 * just the run whose data happens to contain a quote.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";
import { commentText, nixAttrName, nixIndentedString, nixString, nixStringList, shellWord, visibleText } from "./escape.js";
import type { HostPlan, NetworkPlan } from "./plan.js";

// src/compile/*.ts and the bundle's dist/bundle/*.js both sit two folders below the package root,
// so the same relative URL finds templates/ in the sources, the npm package and the Nix package.
export const templatesDir = fileURLToPath(new URL("../../templates/", import.meta.url));

const hb = Handlebars.create();
const safe = (text: string) => new hb.SafeString(text);
const asText = (value: unknown, helper: string): string => {
  if (typeof value !== "string") throw new TypeError(`template helper ${helper} expects a string, got ${typeof value}`);
  return value;
};

/** Helpers that print: each escapes for exactly one context. */
const printers = {
  nix: (value: unknown) => safe(nixString(asText(value, "nix"))),
  attr: (value: unknown) => safe(nixAttrName(asText(value, "attr"))),
  nixList: (values: unknown, indent: unknown) => {
    if (!Array.isArray(values)) throw new TypeError("template helper nixList expects a list");
    return safe(
      nixStringList(
        values.map((value) => asText(value, "nixList")),
        Number(indent),
      ),
    );
  },
  sh: (value: unknown) => safe(shellWord(asText(value, "sh"))),
  shArgs: (values: unknown) => {
    if (!Array.isArray(values)) throw new TypeError("template helper shArgs expects a list");
    return safe(values.map((value) => shellWord(asText(value, "shArgs"))).join(" "));
  },
  /** Text in a `#` comment: a file name may hold anything, so it is shown escaped, never refused. */
  comment: (value: unknown) => safe(commentText(visibleText(asText(value, "comment")))),
  /** A YAML scalar: a JSON string is a valid YAML double-quoted scalar. */
  yaml: (value: unknown) => safe(JSON.stringify(commentText(asText(value, "yaml")))),
  /** One line of Markdown prose: no line breaks or control characters. */
  text: (value: unknown) => safe(commentText(asText(value, "text"))),
  script: (value: unknown, indent: unknown) => safe(nixIndentedString(asText(value, "script"), Number(indent))),
} as const;

/** Helpers that only compute values for the printers (used as sub-expressions). */
const computers = {
  concat: (...args: unknown[]) =>
    args
      .slice(0, -1)
      .map((arg) => String(arg))
      .join(""),
} as const;

for (const [name, helper] of Object.entries({ ...printers, ...computers })) hb.registerHelper(name, helper);

const blockHelpers = new Set(["each", "if", "unless", "with"]);

/** Throws when a template could print a value that no escaping helper has seen. */
export function assertTemplateEscapes(source: string, file: string): void {
  const problems: string[] = [];
  const visit = (node: hbs.AST.Node | undefined): void => {
    if (!node) return;
    switch (node.type) {
      case "Program":
        (node as hbs.AST.Program).body.forEach(visit);
        return;
      case "BlockStatement": {
        const block = node as hbs.AST.BlockStatement;
        const name = (block.path as hbs.AST.PathExpression).original;
        if (!blockHelpers.has(name)) problems.push(`line ${block.loc.start.line}: block {{#${name}}} is not allowed`);
        visit(block.program);
        visit(block.inverse);
        return;
      }
      case "MustacheStatement": {
        const mustache = node as hbs.AST.MustacheStatement;
        const name = (mustache.path as hbs.AST.PathExpression).original;
        if (!mustache.escaped) problems.push(`line ${mustache.loc.start.line}: triple-stash {{{…}}} bypasses escaping`);
        if (!(name in printers) || mustache.params.length === 0) {
          problems.push(
            `line ${mustache.loc.start.line}: {{${name}}} prints without an escaping helper (${Object.keys(printers).join(", ")})`,
          );
        }
        return;
      }
      case "PartialStatement":
      case "PartialBlockStatement":
      case "DecoratorBlock":
      case "Decorator":
        problems.push(
          `line ${(node as hbs.AST.PartialStatement).loc.start.line}: partials and decorators are not used by podnet templates`,
        );
        return;
      default:
        return;
    }
  };
  visit(hb.parse(source));
  if (problems.length > 0) throw new Error(`template ${file} is unsafe:\n  ${problems.join("\n  ")}`);
}

function loadTemplate(file: string) {
  const source = readFileSync(path.join(templatesDir, file), "utf8");
  assertTemplateEscapes(source, file);
  return hb.compile(source, { strict: true, noEscape: false });
}

let compiled: { module: HandlebarsTemplateDelegate; script: HandlebarsTemplateDelegate; docker: HandlebarsTemplateDelegate } | undefined;
const templates = () =>
  (compiled ??= {
    module: loadTemplate("host-module.nix.hbs"),
    script: loadTemplate("network-setup.sh.hbs"),
    docker: loadTemplate("docker-forward.sh.hbs"),
  });

/** The oneshot's shell script for one network (also embedded in the module). */
export function renderNetworkScript(network: NetworkPlan): string {
  return templates().script(network);
}

const markdownTemplates = new Map<string, HandlebarsTemplateDelegate>();

/** A text document from templates/ (ADRs, the starter spec). */
export function renderMarkdown(file: string, context: object): string {
  let template = markdownTemplates.get(file);
  if (!template) {
    template = loadTemplate(file);
    markdownTemplates.set(file, template);
  }
  return template(context);
}

/** The script that keeps the host's DOCKER-USER rules what the spec says. */
export function renderDockerForwardScript(host: HostPlan): string {
  return templates().docker({ families: host.dockerFamilies, uplink: host.uplinkInterface });
}

/** The NixOS module for one host. */
export function renderHostModule(host: HostPlan): string {
  const scripts = Object.fromEntries(host.networks.map((network) => [network.name, renderNetworkScript(network)]));
  const docker = host.dockerFamilies.length === 0 ? undefined : renderDockerForwardScript(host);
  return templates().module({ ...host, scripts, docker, forwardRulesText: host.forwardRules.map((rule) => `${rule}\n`).join("") });
}
