#!/usr/bin/env node
// Thin launcher for the bundled CLI in dist/bundle/ (built by `npm run build`, committed, and checked
// against a fresh build by the tests): every dependency is inside the bundle, so an installed
// podnet needs Node and nothing from a registry. One chunk per command keeps start-up close to
// Node's own, which the pre-commit hook pays on every commit.
import v8 from "node:v8";
import { main } from "../dist/bundle/cli.js";

// Set before main() runs, so it holds for all of the work. V8 sends an allocation site's objects
// straight to the old generation once enough of them survive a collection. In some fleet runs it
// did so for sites whose objects die soon after, and that garbage piled up with no full collection
// before exit: 7 runs in 60 peaked at about 350 MiB instead of 200, none in 200 with this (ADR 13).
v8.setFlagsFromString("--no-allocation-site-pretenuring");

process.exitCode = await main(process.argv);
