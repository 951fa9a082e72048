// Builds the self-contained CLI bundle: src/cli/main.ts and everything it imports, npm packages
// included, as ES modules for Node 20+, one lazily loaded chunk per command. dist/ is committed
// (the Nix package and the pre-commit framework install it as is, without a registry), so the
// output must be byte-for-byte reproducible; test/integration/package.test.ts holds it to that.
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
  format: "esm",
  target: "node20",
  splitting: true,
  logLevel: "warning",
  plugins: [templatesEsbuildPlugin],
  // Some bundled packages are CommonJS and call require() for Node's built-ins.
  banner: { js: "import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);" },
};

export async function bundle(outdir) {
  rmSync(outdir, { recursive: true, force: true });
  await build({ ...bundleOptions, absWorkingDir: root, outdir });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await bundle(path.resolve(root, process.argv[2] ?? "dist/bundle"));
}
