#!/usr/bin/env node
// Thin launcher for the bundled CLI in dist/bundle/ (built by `npm run build`, committed, and checked
// against a fresh build by the tests): every dependency is inside the bundle, so an installed
// podnet needs Node and nothing from a registry. One chunk per command keeps start-up close to
// Node's own, which the pre-commit hook pays on every commit.
import { main } from "../dist/bundle/cli.js";

process.exitCode = await main(process.argv);
