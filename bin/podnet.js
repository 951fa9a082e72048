#!/usr/bin/env node
// Launcher for the bundled CLI, dist/bundle/cli.cjs (built by `npm run build`, committed, and checked
// against a fresh build by the tests): every dependency is inside the bundle, so an installed podnet
// needs Node and nothing from a registry. The bundle runs with a V8 code cache (code-cache.js):
// start-up is what the pre-commit hook pays on every commit.
"use strict";

const path = require("node:path");
const v8 = require("node:v8");
const { loadBundle } = require("./code-cache.js");

// Set before the bundle is compiled, so it holds for all of the work (and for the cache's flags).
// V8 sends an allocation site's objects straight to the old generation once enough of them survive
// a collection. In some fleet runs it did so for sites whose objects die soon after, and that garbage
// piled up with no full collection before exit: 7 runs in 60 peaked at about 350 MiB instead of 200,
// none in 200 with this (ADR 13).
v8.setFlagsFromString("--no-allocation-site-pretenuring");

// One cache per command (see code-cache.js); anything else, a typo included, shares one.
const commands = ["generate", "validate", "check", "hook", "dry-build", "init", "ula", "adr", "schema"];
const command = commands.includes(process.argv[2]) ? process.argv[2] : "other";

const cli = loadBundle(path.join(__dirname, "../dist/bundle/cli.cjs"), command);
cli.exports.main(process.argv).then((code) => {
  process.exitCode = code;
  cli.save();
});
