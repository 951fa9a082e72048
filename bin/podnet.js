#!/usr/bin/env node
// Thin launcher for the bundled CLI (dist/bundle, built by `npm run build`): one file per
// command chunk, tree-shaken, so the pre-commit hook starts about as fast as Node itself.
import { main } from "../dist/bundle/cli.js";

process.exitCode = await main(process.argv);
