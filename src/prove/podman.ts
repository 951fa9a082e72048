/**
 * podman through execa, with a deadline on every call: a hanging podman (a stuck storage lock, a
 * dead API service) becomes a clear error instead of a hook or check that never returns.
 */
import { execa, execaSync } from "execa";

export class PodmanUnavailableError extends Error {
  override readonly name = "PodmanUnavailableError";
}

export interface PodmanResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface Podman {
  readonly command: string;
  /**
   * `cancel` kills the call outright (SIGKILL) when aborted: a `podman run` given a gentler signal
   * forwards it to the container and keeps running, and could still create its container later.
   */
  run(args: ReadonlyArray<string>, timeoutMs: number, cancel?: AbortSignal): Promise<PodmanResult>;
  /** Synchronous removal for signal handlers, where nothing asynchronous may run any more. */
  removeNow(container: string): void;
}

export function podmanCli(command = "podman"): Podman {
  return {
    command,
    async run(args, timeoutMs, cancel) {
      const result = await execa(command, [...args], {
        reject: false,
        timeout: timeoutMs,
        stdin: "ignore",
        ...(cancel ? { cancelSignal: cancel, killSignal: "SIGKILL" as const } : {}),
      });
      if (result.failed && (result as { code?: string }).code === "ENOENT") {
        throw new PodmanUnavailableError(
          `${command} is not installed or not on PATH; run this on the deployed host (or pass --podman <path>)`,
        );
      }
      if (result.timedOut) {
        throw new PodmanUnavailableError(
          `\`${command} ${args.join(" ")}\` did not answer within ${Math.round(timeoutMs / 1000)}s; is podman stuck (storage lock, hung service)?`,
        );
      }
      return { exitCode: result.exitCode ?? 1, stdout: String(result.stdout ?? ""), stderr: String(result.stderr ?? "") };
    },
    removeNow(container) {
      execaSync(command, ["rm", "--force", "--time", "0", container], { reject: false, timeout: 15_000, stdin: "ignore" });
    },
  };
}

/** The networks a container is attached to, as podman names them; undefined when there is no such container. */
export async function containerNetworks(podman: Podman, container: string, timeoutMs: number): Promise<string[] | undefined> {
  const result = await podman.run(
    ["container", "inspect", "--format", "{{range $name, $_ := .NetworkSettings.Networks}}{{$name}} {{end}}", container],
    timeoutMs,
  );
  if (result.exitCode !== 0) return undefined;
  return result.stdout.trim().split(/\s+/u).filter(Boolean);
}
