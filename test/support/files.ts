/** Where the repository is, and what a folder holds: for tests that read the tree or prove a run changed nothing. */
import path from "node:path";

/** The repository's root folder (this checkout). */
export const root = path.resolve(import.meta.dirname, "../..");
