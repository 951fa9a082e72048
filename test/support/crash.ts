/** What no run of podnet may print, whatever it was given: the one "no crash" check of every test. */
import { expect } from "vitest";
import type { Run } from "./cli.js";

/**
 * No "internal error", no line of a stack trace (an indented `at …`), and no JavaScript error
 * name or raw Node error code, on stdout or stderr.
 */
export function expectNoCrash(run: Pick<Run, "stdout" | "stderr">, context?: string): void {
  const all = `${run.stdout}\n${run.stderr}`;
  expect(all, context).not.toContain("internal error");
  expect(all, context).not.toMatch(/(?:^|\n)\s+at /u);
  expect(all, context).not.toMatch(
    /\b(TypeError|RangeError|ReferenceError|SyntaxError|UnsafeValueError|ExecaError|GitError|ERR_[A-Z_]+|E[A-Z]{3,}:)/u,
  );
}
