/**
 * Integration tests need real tools (nix-instantiate, podman …). On a developer machine without
 * them a test is skipped with the reason; in CI (CI=true) a missing tool is a failure, never a skip.
 */
import { execaSync } from "execa";
import { describe, it } from "vitest";

export const inCi = process.env.CI === "true" || process.env.CI === "1";

export function hasCommand(command: string): boolean {
  return execaSync("sh", ["-c", `command -v ${command}`], { reject: false }).exitCode === 0;
}

export const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

/** `describe` that needs `commands` (and root, if asked): skipped locally when missing, failing in CI. */
export function describeWith(requirements: { commands: ReadonlyArray<string>; root?: boolean }, name: string, body: () => void): void {
  const missing = requirements.commands.filter((command) => !hasCommand(command));
  if (requirements.root && !isRoot) missing.push("root privileges");
  if (missing.length === 0) {
    describe(name, body);
  } else if (inCi) {
    describe(name, () => {
      it(`has what it needs (${missing.join(", ")})`, () => {
        throw new Error(`CI must provide ${missing.join(", ")}; .ci/run installs them`);
      });
    });
  } else {
    describe.skip(`${name} (needs ${missing.join(", ")})`, body);
  }
}
