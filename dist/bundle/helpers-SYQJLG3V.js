import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  UsageError,
  defaultIo,
  exitCodes
} from "./chunk-2UBQZ5RC.js";
import {
  renderMarkdown
} from "./chunk-PU62A5QG.js";
import "./chunk-XIH46RQF.js";
import {
  require_picocolors
} from "./chunk-PLONKWYQ.js";
import {
  addressText
} from "./chunk-3WK5XVS4.js";
import {
  __toESM
} from "./chunk-JLHVTWXJ.js";

// src/commands/helpers.ts
var import_picocolors = __toESM(require_picocolors(), 1);
import { writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

// src/net/ula.ts
import { randomBytes } from "node:crypto";
function freshUla(random = randomBytes) {
  const id = random(5);
  let value = 0xfdn;
  for (const byte of id) value = value << 8n | BigInt(byte);
  const base = value << 80n;
  const text = addressText("ipv6", base);
  return { prefix48: `${text}/48`, first64: `${text}/64`, globalId: id.toString("hex") };
}
function freshPrivate24(random = randomBytes) {
  const [a = 0, b = 0] = random(2);
  return `172.${16 + a % 16}.${b}.0/24`;
}

// src/commands/helpers.ts
function runUla(options, io = defaultIo) {
  const ula = freshUla();
  if (options.json) io.out(JSON.stringify(ula, null, 2));
  else io.out(`${ula.first64}
# site prefix ${ula.prefix48} (RFC 4193, random global ID ${ula.globalId}); use further /64s from it for more networks`);
  return exitCodes.ok;
}
function hostNameFrom(raw) {
  const cleaned = raw.split(".")[0].replace(/[^A-Za-z0-9_.-]/gu, "-").replace(/^[^A-Za-z0-9]+/u, "").slice(0, 63);
  return cleaned === "" ? "my-host" : cleaned;
}
async function runInit(file, options, io = defaultIo) {
  const host = hostNameFrom(options.host ?? os.hostname());
  const ula = freshUla();
  const text = renderMarkdown("init-spec.yaml.hbs", {
    host,
    output: `hosts/${host}/podnet.nix`,
    interface: options.interface,
    address: options.address,
    ipv4: freshPrivate24(),
    ipv6: ula.first64,
    globalId: ula.globalId
  });
  try {
    await writeFile(file, text, { flag: options.force ? "w" : "wx" });
  } catch (error) {
    const code = error.code;
    throw new UsageError(code === "EEXIST" ? `${file} exists; pass --force to replace it` : `cannot write ${file}: ${error.message}`);
  }
  io.err(import_picocolors.default.green(`wrote ${path.relative(process.cwd(), path.resolve(file)) || file} for host ${host}; next: podnet validate ${file}`));
  return exitCodes.ok;
}
export {
  runInit,
  runUla
};
