/**
 * The static checks CI runs with the suite: the type checker over src/ and test/, and Biome's
 * formatter and linter (biome.json). A red result names the file and line.
 */
import path from "node:path";
import { execa } from "execa";
import { expect, it } from "vitest";
import { root } from "./support/files.js";

const tool = (name: string) => path.join(root, "node_modules/.bin", name);

it("type-checks src/ and test/ (tsconfig.test.json)", async () => {
  const result = await execa(tool("tsc"), ["-p", "tsconfig.test.json"], { cwd: root, reject: false, all: true });
  expect(result.exitCode, result.all).toBe(0);
}, 120_000);

it("is formatted and lint-clean (biome ci, biome.json)", async () => {
  const result = await execa(tool("biome"), ["ci", "--colors=off", "."], { cwd: root, reject: false, all: true });
  expect(result.exitCode, result.all).toBe(0);
}, 120_000);
