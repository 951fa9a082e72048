/**
 * dry-build: `nixos-rebuild dry-build` for one host (flake) or this machine (classic).
 */
import pc from "picocolors";
import { type DryBuildRequest, describeSummary, dryBuild, ToolMissingError } from "../prove/dry-build.js";
import { defaultIo, exitCodes, type Io, UsageError } from "./context.js";

export interface DryBuildCliOptions {
  host?: string;
  flake?: string;
  nixosRebuild?: string;
  json?: boolean;
}

/** Runs one dry-build; returns nixos-rebuild's own exit status (0 when it would build). */
export async function runDryBuild(options: DryBuildCliOptions, io: Io = defaultIo): Promise<number> {
  const request: DryBuildRequest = {
    ...(options.flake === undefined ? {} : { flake: options.flake }),
    ...(options.host === undefined ? {} : { host: options.host }),
    ...(options.nixosRebuild === undefined ? {} : { command: options.nixosRebuild }),
  };
  const label = `dry-build ${options.host ?? (options.flake === undefined ? "this machine" : options.flake)}`;
  if (options.flake === undefined && options.host !== undefined) {
    io.err(pc.yellow(`${label}: classic mode builds this machine's configuration; pass --flake to build host ${options.host}`));
  }
  try {
    const result = await dryBuild(request, { stream: options.json ? { write: () => undefined } : process.stderr, label });
    if (options.json) {
      io.out(
        JSON.stringify({ ok: result.exitCode === 0, host: options.host ?? null, exitCode: result.exitCode, ...result.summary }, null, 2),
      );
    } else if (result.exitCode === 0) {
      io.err(pc.green(`${label}: ok, ${describeSummary(result.summary)}`));
    } else {
      io.err(result.lastLines.join("\n"));
      io.err(pc.red(`${label}: nixos-rebuild failed (exit ${result.exitCode})`));
    }
    return result.exitCode;
  } catch (error) {
    if (error instanceof ToolMissingError) throw new UsageError(error.message);
    throw error;
  }
}

export { exitCodes };
