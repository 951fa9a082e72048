/**
 * `nixos-rebuild dry-build` through execa: streams its output (a spinner line on a terminal,
 * plain lines otherwise) and sums up what it would build.
 */
import { execa } from "execa";

export class ToolMissingError extends Error {
  override readonly name = "ToolMissingError";
}

export interface DryBuildRequest {
  /** Flake reference (e.g. `.`); without it, classic mode builds this machine's configuration. */
  readonly flake?: string;
  /** nixosConfigurations attribute (flake mode). */
  readonly host?: string;
  readonly command?: string;
}

export interface DryBuildSummary {
  readonly derivations: number;
  readonly fetches: number;
  readonly download?: string;
}

export interface DryBuildResult {
  readonly exitCode: number;
  readonly summary: DryBuildSummary;
  readonly lastLines: ReadonlyArray<string>;
}

function dryBuildArgs(request: DryBuildRequest): string[] {
  if (request.flake === undefined) return ["dry-build"];
  return ["dry-build", "--flake", request.host === undefined ? request.flake : `${request.flake}#${request.host}`];
}

/** Reads nix's "these N derivations will be built" / "these M paths will be fetched (…)" lines. */
export function summarise(lines: ReadonlyArray<string>): DryBuildSummary {
  let derivations = 0;
  let fetches = 0;
  let download: string | undefined;
  for (const line of lines) {
    const built = /^(?:these (\d+) derivations|this derivation) will be built/u.exec(line.trim());
    if (built) derivations = built[1] ? Number(built[1]) : 1;
    const fetched = /^(?:these (\d+) paths|this path) will be fetched(?: \(([^,)]+) download)?/u.exec(line.trim());
    if (fetched) {
      fetches = fetched[1] ? Number(fetched[1]) : 1;
      download = fetched[2];
    }
  }
  return { derivations, fetches, ...(download === undefined ? {} : { download }) };
}

export function describeSummary(summary: DryBuildSummary): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(summary.derivations, "derivation")} to build, ${plural(summary.fetches, "path")} to fetch${summary.download ? ` (${summary.download})` : ""}`;
}

const spinnerFrames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

export async function dryBuild(
  request: DryBuildRequest,
  output: { stream: NodeJS.WriteStream | { write(text: string): unknown; isTTY?: boolean }; label: string },
): Promise<DryBuildResult> {
  const command = request.command ?? "nixos-rebuild";
  const lines: string[] = [];
  const tty = Boolean(output.stream.isTTY);
  let frame = 0;
  const columns = (output.stream as NodeJS.WriteStream).columns ?? 100;
  const progress = (line: string) => {
    if (tty) {
      const text = `${spinnerFrames[frame++ % spinnerFrames.length]} ${output.label}: ${line}`.slice(0, columns - 1);
      output.stream.write(`\r\u001b[2K${text}`);
    } else {
      output.stream.write(`${output.label}: ${line}\n`);
    }
  };
  const ticker = tty ? setInterval(() => progress(lines.at(-1) ?? "evaluating…"), 120) : undefined;
  try {
    const subprocess = execa(command, dryBuildArgs(request), { all: true, reject: false, stdin: "ignore" });
    for await (const line of subprocess.iterable({ from: "all" })) {
      lines.push(String(line));
      if (!tty) progress(String(line));
    }
    const result = await subprocess;
    if ((result as { code?: string }).code === "ENOENT") {
      throw new ToolMissingError(
        `${command} is not installed here. Run podnet dry-build on a NixOS machine (or in \`nix develop\`), or get it with \`nix shell nixpkgs#nixos-rebuild\``,
      );
    }
    return { exitCode: result.exitCode ?? 1, summary: summarise(lines), lastLines: lines.slice(-15) };
  } finally {
    if (ticker) clearInterval(ticker);
    if (tty) output.stream.write("\r\u001b[2K");
  }
}
