// Runs a TypeScript file of this repository with plain Node: esbuild bundles it (npm packages
// stay external) and pins each file's import.meta.url/dirname to where that file really is,
// so the test harness finds its helpers (echo-server.mjs, nixos.nix, templates/).
//
//   node test/bench/run-ts.mjs <file.ts> [args…]
import { mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { templatesEsbuildPlugin } from "../../scripts/templates.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const [entry, ...args] = process.argv.slice(2);
const outfile = path.join(root, ".build/run-ts", `${path.basename(entry, ".ts")}.mjs`);
mkdirSync(path.dirname(outfile), { recursive: true });

const ownLocation = {
  name: "own-location",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path: file }) => {
      const text = await readFile(file, "utf8");
      return {
        loader: "ts",
        contents: text
          .replaceAll("import.meta.dirname", JSON.stringify(path.dirname(file)))
          .replaceAll("import.meta.url", JSON.stringify(pathToFileURL(file).href)),
      };
    });
  },
};

await build({
  entryPoints: [path.resolve(entry)],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  outfile,
  plugins: [ownLocation, templatesEsbuildPlugin],
  logLevel: "warning",
});
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
