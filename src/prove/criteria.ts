/**
 * What the checks report: one criterion per fact about the live host, passed, failed (with what
 * to do) or skipped (with why), shared by `check egress` and `check host`.
 */
import { visibleText } from "../compile/escape.js";

export type Status = "pass" | "fail" | "skip";

export interface Criterion {
  readonly id: string;
  readonly subject: string;
  readonly status: Status;
  readonly evidence: string;
}

export function formatCriteria(
  criteria: ReadonlyArray<Criterion>,
  colour: { pass: (s: string) => string; fail: (s: string) => string; skip: (s: string) => string },
): string {
  const idWidth = Math.max(...criteria.map((c) => c.id.length));
  const subjectWidth = Math.max(...criteria.map((c) => c.subject.length));
  return (
    criteria
      // Evidence quotes what podman, the kernel and endpoints said: shown escaped, like spec text.
      .map(
        (c) =>
          `${colour[c.status](c.status.toUpperCase().padEnd(4))}  ${c.id.padEnd(idWidth)}  ${c.subject.padEnd(subjectWidth)}  ${visibleText(c.evidence)}`,
      )
      .join("\n")
  );
}
