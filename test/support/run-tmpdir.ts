/**
 * Vitest global setup: every temporary folder a test makes (mkdtemp under os.tmpdir(), in the
 * test or in a podnet it runs) lands in one folder for the run, removed when the run ends, also
 * when tests failed. Simulated hosts keep the shared base (SIM_HOST_TMP): a run killed outright
 * leaves its host's namespaces behind, and the next run's sweep must be able to find them.
 * The code cache of every podnet the tests run (bin/code-cache.js) goes there too, not in the
 * user's own cache folder.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export default function setup(): () => void {
  const base = tmpdir();
  const run = mkdtempSync(path.join(base, "podnet-tests-"));
  process.env.PODNET_SIM_HOST_TMP = base;
  process.env.TMPDIR = run;
  process.env.PODNET_CACHE_DIR = path.join(run, "code-cache");
  return () => rmSync(run, { recursive: true, force: true });
}
