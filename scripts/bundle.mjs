// Builds the self-contained CLI bundle: src/cli/main.ts and everything it imports, npm packages
// included, as one CommonJS file for Node 20+ (bin/podnet.js runs it with a V8 code cache, which
// Node 20 offers for CommonJS only; ADR 13). Each command's code is still evaluated only when the
// command runs: esbuild turns the commands' dynamic imports into lazy module initialisers. dist/ is
// committed (the Nix package and the pre-commit framework install it as is, without a registry), so
// the output must be byte-for-byte reproducible; test/integration/package.test.ts holds it to that.
//
//   node scripts/bundle.mjs [outdir]      (default: dist/bundle)
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { templatesEsbuildPlugin } from "./templates.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export const bundleOptions = {
  entryPoints: { cli: path.join(root, "src/cli/main.ts") },
  bundle: true,
  platform: "node",
  format: "cjs",
  outExtension: { ".js": ".cjs" },
  target: "node20",
  // bin/podnet.js compiles the bundle with node:vm, which has no loader for a dynamic import():
  // esbuild writes each one as a require() instead.
  supported: { "dynamic-import": false },
  // The source's ES module code locates files next to itself (import.meta.url).
  define: { "import.meta.url": "__podnetModuleUrl" },
  // "use strict" first, so that it stays a directive: the bundle runs strict, as the ES modules of
  // src/ do under the tests (esbuild's own would come after the banner, as a plain expression).
  banner: { js: '"use strict";\nconst __podnetModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: "warning",
  plugins: [templatesEsbuildPlugin],
};

export async function bundle(outdir) {
  rmSync(outdir, { recursive: true, force: true });
  await build({ ...bundleOptions, absWorkingDir: root, outdir });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await bundle(path.resolve(root, process.argv[2] ?? "dist/bundle"));
}
