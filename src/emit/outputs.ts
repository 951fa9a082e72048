/**
 * What generating would change: each host's module compared with what exists. One comparison for
 * `generate` (which then writes), `generate --check` and the pre-commit hook; only where "what
 * exists" is read from differs: the file system, or the git index (what is being committed).
 */
import { createTwoFilesPatch } from "diff";
import { mapBounded } from "../compile/concurrency.js";
import { type Diagnostic, type Severity, severityIn } from "../compile/diagnostics.js";
import { visibleText } from "../compile/escape.js";
import type { RenderedHost } from "../compile/pipeline.js";
import { outputCollisionHint, rules } from "../compile/rules.js";
import { showFileBytes } from "./git.js";
import { outputSeverity } from "./output-rules.js";
import { readRegularBytes, UnreadableFileError } from "./read.js";
import { concurrentFiles, generatedHeader, OutputPlaceError, placeOutputs, type Staging, type WriteOutcome } from "./write.js";

/** A generated module is small; an existing output bigger than this is not one of ours. */
const maxOutputBytes = 64 * 1024 * 1024;

export interface PlannedOutput {
  readonly host: string;
  /** The output as the spec writes it. */
  readonly output: string;
  /** Where it really is (symlinks resolved), or its path in the repository for the index. */
  readonly file: string;
  /** The module ("" when unchanged, or already staged: no text is kept). */
  readonly content: string;
  readonly outcome: WriteOutcome;
  /** What exists now ("" when nothing does, or unchanged), for the diff. */
  readonly existing: string;
}

/** Where what exists is read from. */
export interface ExistingOutputs {
  /** Each host's real file, or a finding that says why it cannot be written or read. */
  place(hosts: ReadonlyArray<RenderedHost>): Promise<Map<string, string | Diagnostic>>;
  /** The bytes at that place; undefined when nothing is there. */
  read(file: string): Promise<Buffer | undefined>;
  /**
   * Whether these are the files `generate` replaces: then one podnet did not write is in the way.
   * (Modules in the git index are only compared.)
   */
  readonly replaced: boolean;
}

const header = Buffer.from(generatedHeader, "utf8");
const byteOrderMark = Buffer.from([0xef, 0xbb, 0xbf]);

/** Whether podnet wrote this file (an editor may have put a byte-order mark before the header). */
function startsWithHeader(bytes: Buffer): boolean {
  const body = bytes.subarray(0, byteOrderMark.length).equals(byteOrderMark) ? bytes.subarray(byteOrderMark.length) : bytes;
  return body.subarray(0, header.length).equals(header);
}

const placeFindings: Record<OutputPlaceError["kind"], { rule: string; severity: Severity; hint: (host: string) => string }> = {
  outside: {
    rule: "output-outside-spec-dir",
    severity: outputSeverity("output-outside-spec-dir"),
    hint: (host) => `give a path inside the spec's folder (no \`..\` out of it, no symlink that leads out), e.g. hosts/${host}/podnet.nix`,
  },
  spec: {
    rule: "output-outside-spec-dir",
    severity: outputSeverity("output-outside-spec-dir"),
    hint: (host) => `give the module its own file, e.g. hosts/${host}/podnet.nix`,
  },
  "not-a-file": {
    rule: "output-not-a-file",
    severity: outputSeverity("output-not-a-file"),
    hint: () => "point output at a file path; podnet writes one module per host",
  },
  // Two outputs that a symlink makes one file: the spec rule's finding, seen on disk.
  collision: { rule: "output-collision", severity: severityIn(rules, "output-collision"), hint: outputCollisionHint },
};

/** An output that cannot be written where it points, as a finding at the host's `output`. */
function placeFinding(host: string, problem: OutputPlaceError): Diagnostic {
  const finding = placeFindings[problem.kind];
  return {
    rule: finding.rule,
    severity: finding.severity,
    message: problem.message,
    hint: finding.hint(host),
    path: ["hosts", host, "output"],
  };
}

/** The outputs on disk, next to the spec: placed through symlinks, read as regular files only. */
export function onDisk(specFile: string): ExistingOutputs {
  // Placing an output finds whether a file is there; one that was not is not read again.
  const absent = new Set<string>();
  return {
    replaced: true,
    async place(hosts) {
      const places = await placeOutputs(
        specFile,
        hosts.map(({ plan }) => ({ host: plan.host, output: plan.output })),
      );
      return new Map(
        hosts.map(({ plan }): [string, string | Diagnostic] => {
          const place = places.get(plan.host)!;
          if (place instanceof OutputPlaceError) return [plan.host, placeFinding(plan.host, place)];
          if (!place.exists) absent.add(place.file);
          return [plan.host, place.file];
        }),
      );
    },
    async read(file) {
      if (absent.has(file)) return undefined;
      try {
        return await readRegularBytes(file, maxOutputBytes);
      } catch (error) {
        if (error instanceof UnreadableFileError && error.reason === "no such file") return undefined;
        throw error;
      }
    },
  };
}

/** The outputs as staged in the git index of `root` (the hook compares what is being committed). */
export function inIndex(root: string, relative: (host: RenderedHost) => string): ExistingOutputs {
  return {
    replaced: false,
    async place(hosts) {
      return new Map(hosts.map((host) => [host.plan.host, relative(host)]));
    },
    read: (file) => showFileBytes(root, `:${file}`),
  };
}

/**
 * Every host's planned output and what it would change. A host whose output cannot be placed,
 * or where a file podnet did not write is in the way, is a finding instead (nothing is planned
 * for it), so a caller can refuse to write anything. With `staging`, every changed module is
 * staged as it is found (the caller commits, or aborts on a finding); without, the planned
 * outputs carry the text (for a diff).
 */
export async function planOutputs(
  hosts: ReadonlyArray<RenderedHost>,
  existing: ExistingOutputs,
  staging?: Staging,
): Promise<{ planned: PlannedOutput[]; conflicts: Diagnostic[] }> {
  const places = await existing.place(hosts);
  // Reading what exists is I/O-bound: several hosts at a time, results in the spec's order.
  const outcomes = await mapBounded(hosts, concurrentFiles, async (host): Promise<PlannedOutput | Diagnostic> => {
    const { plan } = host;
    const place = places.get(plan.host)!;
    if (typeof place !== "string") return place;
    let current: Buffer | undefined;
    try {
      current = await existing.read(place);
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      return {
        rule: "output-not-a-file",
        severity: outputSeverity("output-not-a-file"),
        message: `${plan.output} cannot be read: ${error.reason}`,
        hint: "point output at a regular file podnet wrote, or at a new path",
        path: ["hosts", plan.host, "output"],
      };
    }
    if (current !== undefined && existing.replaced && !startsWithHeader(current)) {
      return {
        rule: "output-not-generated",
        severity: outputSeverity("output-not-generated"),
        message: `${plan.output} exists and was not written by podnet; refusing to overwrite it`,
        hint: `move that file away or point output at another path; podnet only replaces files that start with "${generatedHeader}"`,
        path: ["hosts", plan.host, "output"],
      };
    }
    // Encoded as soon as it is rendered, and compared byte for byte: the rendered text (a rope of
    // many small strings) is garbage at once, instead of surviving while the write waits on the
    // disk, which let a fleet's run grow its heap by whole modules' worth of pieces.
    const bytes = Buffer.from(host.content, "utf8");
    const outcome: WriteOutcome = current === undefined ? "created" : current.equals(bytes) ? "unchanged" : "updated";
    const entry = { host: plan.host, output: plan.output, file: place, outcome };
    // With a staging, a changed module is written to its temporary right away; it and an unchanged
    // one keep no text, so a fleet's worth of modules never sits in memory at once.
    if (staging && outcome === "unchanged") await staging.sweep(place);
    else if (staging) await staging.add(place, bytes);
    return staging || outcome === "unchanged"
      ? { ...entry, content: "", existing: "" }
      : { ...entry, content: bytes.toString("utf8"), existing: current?.toString("utf8") ?? "" };
  });
  const planned = outcomes.filter((outcome): outcome is PlannedOutput => "outcome" in outcome);
  const conflicts = outcomes.filter((outcome): outcome is Diagnostic => !("outcome" in outcome));
  return { planned, conflicts };
}

/**
 * A unified diff of what generating would change in one output, safe to print: a hand-edited
 * module's escape sequences, carriage returns or byte-order mark are shown as escapes. Where the
 * lines alone do not show the difference, a first line says what it is.
 */
export function diffOf(entry: PlannedOutput, shownPath: string, label: string, generatedFrom: string): string {
  const patch = createTwoFilesPatch(`a/${shownPath}`, `b/${shownPath}`, entry.existing, entry.content, label, generatedFrom);
  const shown = patch.split("\n").map(visibleText).join("\n");
  if (entry.existing === entry.content)
    return `# ${visibleText(shownPath)} differs only in bytes that are not valid UTF-8 (shown as \ufffd)\n${shown}`;
  if (entry.existing.replaceAll("\r\n", "\n") === entry.content)
    return `# ${visibleText(shownPath)} differs only in its line endings (CRLF)\n${shown}`;
  return shown;
}
