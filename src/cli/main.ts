/**
 * The command line. Exit codes: 0 ok, 1 findings or a failed check, 2 usage or environment.
 *
 * Each command's module is imported only when that command runs, so `--help` and the
 * pre-commit hook's nothing-staged path never pay for loading the compiler.
 */
import { Command, CommanderError, Option } from "commander";
import pc from "picocolors";
import { defaultIo, exitCodes, type Io, oneLine, UsageError, visible } from "./context.js";

export { exitCodes, UsageError };

/** Defaults for operators on a real host; tests always pass their own, simulated endpoints. */
const egressDefaults = {
  echo6: "http://api6.ipify.org/",
  echo4: "http://api.ipify.org/",
  probeImage: "docker.io/library/busybox:stable",
  timeout: "10",
} as const;

/**
 * `helpTo: "err"` sends commander's own output (help) to stderr: a --json run keeps stdout for
 * the one JSON document. It is set here because subcommands copy the setting when they are made.
 */
function buildProgram(
  io: Io = defaultIo,
  { helpTo = "out" }: { helpTo?: "out" | "err" } = {},
): { program: Command; result: { code: number } } {
  const result: { code: number } = { code: exitCodes.ok };
  const program = new Command()
    .name("podnet")
    .description("Compile a dual-stack podman network spec into NixOS modules, and prove the result.")
    .exitOverride()
    .configureOutput({
      writeOut: helpTo === "out" ? io.out : io.err,
      writeErr: io.err,
      // commander quotes what the user typed (an unknown option, an excess argument): escaped, so
      // it cannot carry a terminal escape sequence or forge a line.
      outputError: (text, write) => write(`${text.replace(/\n$/u, "").split("\n").map(visible).join("\n")}\n`),
    })
    .showHelpAfterError("(run podnet --help for usage)");
  const json = new Option("--json", "machine-readable output on stdout");

  program
    .command("validate")
    .description("check a spec and report every finding with file:line:column and a fix hint")
    .argument("<spec>", "path of the podnet spec (YAML)")
    .option(
      "--host-facts <[host=]file>",
      "JSON of `ip -j addr` (or { addr, route, route6 }) from the target host; repeatable",
      (value: string, all: string[] = []) => [...all, value],
    )
    .addOption(json)
    .action(async (spec: string, options: { json?: boolean; hostFacts?: string[] }) => {
      result.code = await (await import("./validate.js")).runValidate(spec, options, io);
    });

  program
    .command("generate")
    .description("write each host's NixOS module (or, with --check, compare them with what is on disk)")
    .argument("<spec>", "path of the podnet spec (YAML)")
    .option("--check", "write nothing; exit 1 with a diff when a generated file is missing or stale")
    .addOption(json)
    .action(async (spec: string, options: { json?: boolean; check?: boolean }) => {
      result.code = await (await import("./generate.js")).runGenerate(spec, options, io);
    });

  program
    .command("schema")
    .description("print the JSON Schema of the spec (for yaml-language-server and other editors)")
    .action(async () => {
      result.code = (await import("./schema.js")).runSchema(io);
    });

  program
    .command("ula")
    .description("print a fresh RFC 4193 unique local /64 (random 40-bit global ID)")
    .addOption(new Option("--json", "machine-readable output on stdout"))
    .action(async (options: { json?: boolean }) => {
      result.code = (await import("./ula.js")).runUla(options, io);
    });

  program
    .command("init")
    .description("write a starter spec with a fresh ULA /64 and a random private /24")
    .argument("[spec]", "file to write", "podnet.yaml")
    .option("--host <name>", "host name (default: this machine's)")
    .option("--interface <name>", "uplink interface", "enp1s0")
    .option("--address <cidr>", "the host's global IPv6 address with prefix length", "2001:db8::1/64")
    .option("--force", "replace an existing file")
    .action(async (spec: string, options: import("./init.js").InitOptions) => {
      result.code = await (await import("./init.js")).runInit(spec, options, io);
    });

  const check = program.command("check").description("prove on a deployed host that the networks work");
  check
    .command("egress")
    .description("start a throwaway container on each network and prove IPv6 reach, the NAT66 source and IPv4 reach")
    .argument("<spec>", "path of the podnet spec (YAML)")
    .option("--host <host>", "the host to check (needed when the spec has several)")
    .option("--network <name>", "check only this network")
    .option("--echo6 <url>", "IPv6-only HTTP endpoint that answers with the client's address", egressDefaults.echo6)
    .option("--echo4 <url>", "IPv4 HTTP endpoint", egressDefaults.echo4)
    .option("--probe-image <image>", "image with sh, timeout and wget for the throwaway container", egressDefaults.probeImage)
    .option("--timeout <seconds>", "per-request timeout", egressDefaults.timeout)
    .option("--podman <command>", "podman executable", "podman")
    .addOption(new Option("--json", "machine-readable output on stdout"))
    .action(async (spec: string, options: import("./check-egress.js").EgressCliOptions) => {
      result.code = await (await import("./check-egress.js")).runCheckEgress(spec, options, io);
    });

  program
    .command("dry-build")
    .description("run nixos-rebuild dry-build (flake or classic) and sum up what would be built")
    .option("--host <host>", "nixosConfigurations attribute to build (flake mode)")
    .option("--flake <ref>", "flake reference, e.g. . (without it: classic mode, this machine)")
    .option("--nixos-rebuild <command>", "nixos-rebuild executable", "nixos-rebuild")
    .addOption(new Option("--json", "machine-readable output on stdout"))
    .action(async (options: import("./dry-build.js").DryBuildCliOptions) => {
      result.code = await (await import("./dry-build.js")).runDryBuild(options, io);
    });

  const hook = program.command("hook").description("the git pre-commit hook");
  hook
    .command("install")
    .description("write .git/hooks/pre-commit: staleness check + dry-build of affected hosts")
    .requiredOption("--spec <file>", "the podnet spec of this repository")
    .option("--flake <ref>", "dry-build affected hosts of this flake (without it: classic mode)")
    .option("--force", "replace an existing hook that is not podnet's")
    .action(async (options: import("./hook.js").HookOptions) => {
      result.code = await (await import("./hook.js")).runHookInstall(options, io);
    });
  hook
    .command("run")
    .description("what the hook runs: check staged modules, dry-build hosts whose module the commit changes")
    .requiredOption("--spec <file>", "the podnet spec, relative to the repository root")
    .option("--flake <ref>", "flake reference for dry-builds")
    .option("--nixos-rebuild <command>", "nixos-rebuild executable", "nixos-rebuild")
    .action(async (options: import("./hook.js").HookOptions) => {
      result.code = await (await import("./hook.js")).runHookRun(options, io);
    });

  const adr = program.command("adr").description("Architecture Decision Records");
  adr
    .command("new")
    .description("write the next ADR (MADR style) in docs/adr, doc/adr or adr")
    .argument("<title>", 'the decision, e.g. "Use NAT66 for container egress"')
    .option("--dir <dir>", "ADR folder (default: the first of docs/adr, doc/adr, adr that exists)")
    .option("--network <name>", "pre-fill the NAT66/ULA decision for this network of the spec")
    .option("--spec <file>", "the podnet spec (with --network)")
    .option("--host <host>", "the host (with --network, when several hosts have that network)")
    .option("--date <yyyy-mm-dd>", "date of the record (default: today)")
    .action(async (title: string, options: import("./adr.js").AdrOptions) => {
      result.code = await (await import("./adr.js")).runAdrNew(title, options, io);
    });

  check
    .command("host")
    .description(
      "read the live host (podman networks, sysctls, NAT rules, bridges, units, addresses) and explain every mismatch with the spec",
    )
    .argument("<spec>", "path of the podnet spec (YAML)")
    .option("--host <host>", "the host to check (needed when the spec has several)")
    .option("--podman <command>", "podman executable", "podman")
    .addOption(new Option("--json", "machine-readable output on stdout"))
    .action(async (spec: string, options: import("./check-host.js").HostCheckCliOptions) => {
      result.code = await (await import("./check-host.js")).runCheckHost(spec, options, io);
    });

  return { program, result };
}

/**
 * Whether the user asked for JSON: `--json` anywhere before a `--`. Decided on the raw words, not
 * on parsed options, because the run may fail before (or while) commander parses them.
 */
function wantsJson(argv: ReadonlyArray<string>): boolean {
  const words = argv.slice(2);
  const end = words.indexOf("--");
  return (end === -1 ? words : words.slice(0, end)).includes("--json");
}

type Failure = { kind: "usage" | "internal"; message: string };

// Colour codes are for terminals; a JSON message carries the words only.
const withoutColour = (text: string) => text.replace(/\u001b\[[0-9;]*m/gu, "");

/**
 * The JSON a --json run prints when the command itself printed none: a usage or environment
 * error, a commander error, a bug, or a command that stopped with findings it only told stderr.
 */
function fallbackJson(code: number, failure: Failure | undefined, lastErrLine: string): string {
  const error =
    failure ??
    (code === exitCodes.ok
      ? undefined
      : { kind: code === exitCodes.usage ? "usage" : "findings", message: withoutColour(lastErrLine).trim() || "see stderr" });
  return JSON.stringify({ ok: code === exitCodes.ok, exitCode: code, ...(error === undefined ? {} : { error }) }, null, 2);
}

/** Runs the program; every way it can end becomes an exit code, and a failure (if any) in words. */
async function run(argv: ReadonlyArray<string>, io: Io, helpTo: "out" | "err"): Promise<{ code: number; failure?: Failure }> {
  const { program, result } = buildProgram(io, { helpTo });
  try {
    await program.parseAsync([...argv]);
    return { code: result.code };
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander has already printed its message (and the usage hint) on stderr.
      if (error.exitCode === 0) return { code: exitCodes.ok };
      return { code: exitCodes.usage, failure: { kind: "usage", message: oneLine(error.message.replace(/^error: /u, "")) } };
    }
    if (error instanceof UsageError) {
      const message = oneLine(error.message);
      io.err(pc.red(`podnet: ${message}`));
      return { code: exitCodes.usage, failure: { kind: "usage", message } };
    }
    // A bug in podnet itself: say so plainly; the stack only on request.
    const message = oneLine(error instanceof Error ? error.message : String(error));
    io.err(pc.red(`podnet: internal error: ${message}`));
    if (process.env.PODNET_DEBUG) io.err(String((error as Error).stack));
    return { code: exitCodes.usage, failure: { kind: "internal", message } };
  }
}

/**
 * Exit codes: 0 ok, 1 findings, 2 usage or environment. With --json, stdout carries exactly one
 * JSON document on every exit, also 2: the command's own report, or (when it printed none) the
 * outcome and the error; human text goes to stderr.
 */
export async function main(argv: ReadonlyArray<string>, io: Io = defaultIo): Promise<number> {
  if (!wantsJson(argv)) return (await run(argv, io, "out")).code;
  let printed = false;
  let lastErrLine = "";
  const tracked: Io = {
    out: (text) => {
      printed = true;
      io.out(text);
    },
    err: (text) => {
      if (text.trim() !== "") lastErrLine = text.trim().split("\n").at(-1)!;
      io.err(text);
    },
  };
  const { code, failure } = await run(argv, tracked, "err");
  if (!printed) io.out(fallbackJson(code, failure, lastErrLine));
  return code;
}
