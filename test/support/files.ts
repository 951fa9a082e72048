/** Where the repository is, and what a folder holds: for tests that read the tree or prove a run changed nothing. */
import { readdirSync, readlinkSync } from "node:fs";
import path from "node:path";

/** The repository's root folder (this checkout). */
export const root = path.resolve(import.meta.dirname, "../..");

/**
 * Every entry under `dir`, relative to it and sorted: a folder as `name/`, a symlink as
 * `name -> target`. Symlinks are listed, never followed (some form loops).
 */
export function tree(dir: string): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const name = path.join(relative, entry.name);
      if (entry.isDirectory()) {
        found.push(`${name}/`);
        walk(name);
      } else if (entry.isSymbolicLink()) {
        found.push(`${name} -> ${readlinkSync(path.join(dir, name))}`);
      } else {
        found.push(name);
      }
    }
  };
  walk("");
  return found.sort();
}
