/**
 * The one way tests run the podnet CLI: the built bin/podnet.js (the bundle users get), in a
 * child process, without colour. `podnetCommand` gives the same command line for runners that
 * start processes themselves (a simulated host's network namespace, a git hook).
 */
import path from "node:path";
import { execa, type Options } from "execa";
import { main } from "../../src/cli/main.js";
import { root } from "./files.js";

export const podnetBin = path.join(root, "bin/podnet.js");

/** `[node, [bin/podnet.js, ...args]]`, for `host.run(...podnetCommand(args))`. */
export const podnetCommand = (args: ReadonlyArray<string>): [string, string[]] => [process.execPath, [podnetBin, ...args]];

export interface PodnetRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The run was killed at its `timeout`. */
  readonly timedOut: boolean;
}

/** Runs `podnet ...args` in `cwd`; never throws on a non-zero exit (tests assert the code). */
export async function podnet(
  args: ReadonlyArray<string>,
  cwd: string,
  options: Pick<Options, "env" | "timeout" | "input"> = {},
): Promise<PodnetRun> {
  const result = await execa(process.execPath, [podnetBin, ...args], {
    cwd,
    reject: false,
    ...options,
    env: { NO_COLOR: "1", ...options.env },
  });
  return { exitCode: result.exitCode ?? 1, stdout: String(result.stdout), stderr: String(result.stderr), timedOut: result.timedOut };
}

/**
 * Runs podnet in this process (src/, not the bundle) with a captured Io: for property tests
 * that run hundreds of commands. `cwd` is restored afterwards, since chdir is process-wide.
 */
export async function podnetInProcess(args: ReadonlyArray<string>, cwd: string): Promise<PodnetRun> {
  const out: string[] = [];
  const err: string[] = [];
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const exitCode = await main(["node", "podnet", ...args], { out: (text) => out.push(text), err: (text) => err.push(text) });
    return { exitCode, stdout: out.join("\n"), stderr: err.join("\n").replace(/\u001b\[[0-9;]*m/gu, ""), timedOut: false };
  } finally {
    process.chdir(before);
  }
}
