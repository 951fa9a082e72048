/**
 * render: HostPlan → module text, through the Handlebars templates in templates/.
 *
 * Templates may print only through the escaping helpers below. That is checked on each template's
 * syntax tree when podnet is built, where the templates are also precompiled
 * (scripts/templates.mjs): here they run on Handlebars' runtime, which knows no other helper.
 */

import specifications from "podnet:templates";
import type HandlebarsApi from "handlebars";
import runtime from "handlebars/runtime.js";
import { commentText, nixAttrName, nixIndentedString, nixString, nixStringList, shellWord, visibleText } from "./escape.js";
import { type DockerEgress, type HostPlan, inspectFormats, type NetworkPlan } from "./plan.js";

// The runtime is the full Handlebars object without its compiler; its own typings declare nothing.
const hb = (runtime as unknown as typeof HandlebarsApi).create();
const safe = (text: string) => new hb.SafeString(text);
const asText = (value: unknown, helper: string): string => {
  if (typeof value !== "string") throw new TypeError(`template helper ${helper} expects a string, got ${typeof value}`);
  return value;
};

/**
 * A fleet's modules embed the same long scripts (the network steps, the DOCKER-USER script) once
 * per host: each distinct one is escaped once. Short texts (each network's values) are not kept.
 */
// By indent, then by text: the same string object comes back for every host, and V8 keeps its hash.
const escapedScripts = new Map<number, Map<string, string>>();
function indentedScript(text: string, indent: number): string {
  if (text.length < 1024) return nixIndentedString(text, indent);
  let byText = escapedScripts.get(indent);
  if (!byText) {
    byText = new Map();
    escapedScripts.set(indent, byText);
  }
  let escaped = byText.get(text);
  if (escaped === undefined) {
    escaped = nixIndentedString(text, indent);
    if (byText.size < 64) byText.set(text, escaped);
  }
  return escaped;
}

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
  script: (value: unknown, indent: unknown) => safe(indentedScript(asText(value, "script"), Number(indent))),
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

/** The helpers' names, which the build-time check allows (a test holds them equal). */
export const helperNames = { printers: Object.keys(printers), computers: Object.keys(computers) };

function loadTemplate(file: string): HandlebarsTemplateDelegate {
  const specification = specifications[file];
  if (!specification) throw new Error(`no template ${file} in templates/`);
  return hb.template(specification);
}

interface Templates {
  readonly module: HandlebarsTemplateDelegate;
  readonly values: HandlebarsTemplateDelegate;
  readonly steps: HandlebarsTemplateDelegate;
  readonly dockerValues: HandlebarsTemplateDelegate;
  readonly dockerSteps: HandlebarsTemplateDelegate;
}
let compiled: Templates | undefined;
const templates = (): Templates =>
  (compiled ??= {
    module: loadTemplate("host-module.nix.hbs"),
    values: loadTemplate("network-values.sh.hbs"),
    steps: loadTemplate("network-setup.sh.hbs"),
    dockerValues: loadTemplate("docker-forward-values.sh.hbs"),
    dockerSteps: loadTemplate("docker-forward.sh.hbs"),
  });

/** The network's own values, which the shared steps read. */
function renderNetworkValues(network: NetworkPlan): string {
  return templates().values(network);
}

// The steps hold no value from the spec: only whether podman can report dns decides their text.
const stepsByDns = new Map<boolean, string>();
function renderNetworkSteps(checksDns: boolean): string {
  let steps = stepsByDns.get(checksDns);
  if (steps === undefined) {
    steps = templates().steps({ checksDns, inspectFormats });
    stepsByDns.set(checksDns, steps);
  }
  return steps;
}

/** The oneshot's shell script for one network, as the module's unit runs it: its values, then the shared steps. */
export function renderNetworkScript(network: NetworkPlan): string {
  return renderNetworkValues(network) + renderNetworkSteps(network.checksDns);
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

/**
 * The Docker-forward unit's script, as the module's unit runs it: the host's values, then the
 * steps that keep DOCKER-USER to them, which hold no value from the spec.
 */
let dockerSteps: string | undefined;
function renderDockerForward(egress: DockerEgress, uplink: string): { values: string; steps: string } {
  dockerSteps ??= templates().dockerSteps({});
  return { values: templates().dockerValues({ ...egress, uplink }), steps: dockerSteps };
}

/** The NixOS module for one host. */
export function renderHostModule(host: HostPlan): string {
  // Every network of a host is planned for the same podman, so one text of the steps serves all.
  const steps = renderNetworkSteps(host.networks[0]?.checksDns ?? false);
  const networks = host.networks.map((network) => ({
    ...network,
    containerNames: network.containers.map((container) => container.name),
    values: renderNetworkValues(network),
  }));
  const docker = renderDockerForward(host.dockerEgress, host.uplinkInterface);
  return templates().module({ ...host, networks, steps, docker, forwardRulesText: host.forwardRules.map((rule) => `${rule}\n`).join("") });
}
