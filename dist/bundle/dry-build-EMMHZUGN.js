import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  UsageError,
  defaultIo,
  exitCodes
} from "./chunk-UYYARZLR.js";
import {
  execa
} from "./chunk-KW73ZV44.js";
import "./chunk-56WBP2GW.js";
import {
  require_picocolors
} from "./chunk-PLONKWYQ.js";
import "./chunk-2AQNUPCB.js";
import {
  __toESM
} from "./chunk-JLHVTWXJ.js";

// src/cli/dry-build.ts
var import_picocolors = __toESM(require_picocolors(), 1);

// src/prove/dry-build.ts
var ToolMissingError = class extends Error {
  name = "ToolMissingError";
};
function dryBuildArgs(request) {
  if (request.flake === void 0) return ["dry-build"];
  return ["dry-build", "--flake", request.host === void 0 ? request.flake : `${request.flake}#${request.host}`];
}
function summarise(lines) {
  let derivations = 0;
  let fetches = 0;
  let download;
  for (const line of lines) {
    const built = /^(?:these (\d+) derivations|this derivation) will be built/u.exec(line.trim());
    if (built) derivations = built[1] ? Number(built[1]) : 1;
    const fetched = /^(?:these (\d+) paths|this path) will be fetched(?: \(([^,)]+) download)?/u.exec(line.trim());
    if (fetched) {
      fetches = fetched[1] ? Number(fetched[1]) : 1;
      download = fetched[2];
    }
  }
  return { derivations, fetches, ...download === void 0 ? {} : { download } };
}
function describeSummary(summary) {
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(summary.derivations, "derivation")} to build, ${plural(summary.fetches, "path")} to fetch${summary.download ? ` (${summary.download})` : ""}`;
}
var spinnerFrames = ["\u280B", "\u2819", "\u2839", "\u2838", "\u283C", "\u2834", "\u2826", "\u2827", "\u2807", "\u280F"];
async function dryBuild(request, output) {
  const command = request.command ?? "nixos-rebuild";
  const lines = [];
  const tty = Boolean(output.stream.isTTY);
  let frame = 0;
  const columns = output.stream.columns ?? 100;
  const progress = (line) => {
    if (tty) {
      const text = `${spinnerFrames[frame++ % spinnerFrames.length]} ${output.label}: ${line}`.slice(0, columns - 1);
      output.stream.write(`\r\x1B[2K${text}`);
    } else {
      output.stream.write(`${output.label}: ${line}
`);
    }
  };
  const ticker = tty ? setInterval(() => progress(lines.at(-1) ?? "evaluating\u2026"), 120) : void 0;
  try {
    const subprocess = execa(command, dryBuildArgs(request), { all: true, reject: false, stdin: "ignore" });
    for await (const line of subprocess.iterable({ from: "all" })) {
      lines.push(String(line));
      if (!tty) progress(String(line));
    }
    const result = await subprocess;
    if (result.code === "ENOENT") {
      throw new ToolMissingError(
        `${command} is not installed here. Run podnet dry-build on a NixOS machine (or in \`nix develop\`), or get it with \`nix shell nixpkgs#nixos-rebuild\``
      );
    }
    return { exitCode: result.exitCode ?? 1, summary: summarise(lines), lastLines: lines.slice(-15) };
  } finally {
    if (ticker) clearInterval(ticker);
    if (tty) output.stream.write("\r\x1B[2K");
  }
}

// src/cli/dry-build.ts
async function runDryBuild(options, io = defaultIo) {
  const request = {
    ...options.flake === void 0 ? {} : { flake: options.flake },
    ...options.host === void 0 ? {} : { host: options.host },
    ...options.nixosRebuild === void 0 ? {} : { command: options.nixosRebuild }
  };
  const label = `dry-build ${options.host ?? (options.flake === void 0 ? "this machine" : options.flake)}`;
  if (options.flake === void 0 && options.host !== void 0) {
    io.err(import_picocolors.default.yellow(`${label}: classic mode builds this machine's configuration; pass --flake to build host ${options.host}`));
  }
  try {
    const result = await dryBuild(request, { stream: options.json ? { write: () => void 0 } : process.stderr, label });
    if (options.json) {
      io.out(
        JSON.stringify({ ok: result.exitCode === 0, host: options.host ?? null, exitCode: result.exitCode, ...result.summary }, null, 2)
      );
    } else if (result.exitCode === 0) {
      io.err(import_picocolors.default.green(`${label}: ok, ${describeSummary(result.summary)}`));
    } else {
      io.err(result.lastLines.join("\n"));
      io.err(import_picocolors.default.red(`${label}: nixos-rebuild failed (exit ${result.exitCode})`));
    }
    return result.exitCode;
  } catch (error) {
    if (error instanceof ToolMissingError) throw new UsageError(error.message);
    throw error;
  }
}
export {
  exitCodes,
  runDryBuild
};
