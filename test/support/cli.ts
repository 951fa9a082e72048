/**
 * The one way tests run the podnet CLI: the built bin/podnet.js (the bundle users get), in a
 * child process, without colour. `startPodnet` gives the running child (to signal it), `podnet`
 * its result. Runners that start the process elsewhere (a simulated host's network namespace)
 * take the same command line and environment from `podnetCommand` and `podnetEnv`.
 */
import path from "node:path";
import { execa, type Options } from "execa";
import { main } from "../../src/cli/main.js";
import { root } from "./files.js";

export const podnetBin = path.join(root, "bin/podnet.js");

/** `[node, [bin/podnet.js, ...args]]`, for `host.run(...podnetCommand(args))`. */
export const podnetCommand = (args: ReadonlyArray<string>): [string, string[]] => [process.execPath, [podnetBin, ...args]];

/** The environment podnet runs with: no colour, and whatever the caller adds (on top of this process's own). */
export const podnetEnv = (env?: Readonly<Record<string, string>>): Record<string, string> => ({ NO_COLOR: "1", ...env });

/** A finished command as tests read it, from every runner. */
export interface Run {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The run was killed at its `timeout`. */
  readonly timedOut: boolean;
}

/** An execa result as a `Run`: output as text, a run with no exit code (killed by a signal) as exit 1. */
export const runOf = (result: { exitCode?: number | undefined; stdout: unknown; stderr: unknown; timedOut: boolean }): Run => ({
  exitCode: result.exitCode ?? 1,
  stdout: String(result.stdout),
  stderr: String(result.stderr),
  timedOut: result.timedOut,
});

type PodnetOptions = Pick<Options, "timeout" | "input"> & { readonly env?: Readonly<Record<string, string>> };

/** Starts `podnet ...args` in `cwd` and gives the running child; a non-zero exit does not reject. */
export const startPodnet = (args: ReadonlyArray<string>, cwd: string, options: PodnetOptions = {}) =>
  execa(...podnetCommand(args), { cwd, reject: false, ...options, env: podnetEnv(options.env) });

/** Runs `podnet ...args` in `cwd`; never throws on a non-zero exit (tests assert the code). */
export async function podnet(args: ReadonlyArray<string>, cwd: string, options: PodnetOptions = {}): Promise<Run> {
  return runOf(await startPodnet(args, cwd, options));
}

/**
 * Runs podnet in this process (src/, not the bundle) with a captured Io: for property tests
 * that run hundreds of commands. `cwd` is restored afterwards, since chdir is process-wide.
 */
export async function podnetInProcess(args: ReadonlyArray<string>, cwd: string): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const exitCode = await main(["node", "podnet", ...args], { out: (text) => out.push(text), err: (text) => err.push(text) });
    // No podnetEnv here (picocolors reads this process's environment once): colour is stripped instead.
    return { exitCode, stdout: out.join("\n"), stderr: err.join("\n").replace(/\u001b\[[0-9;]*m/gu, ""), timedOut: false };
  } finally {
    process.chdir(before);
  }
}
