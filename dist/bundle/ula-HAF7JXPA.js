import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  freshUla
} from "./chunk-NTSJHA6E.js";
import {
  defaultIo,
  exitCodes
} from "./chunk-UYYARZLR.js";
import "./chunk-56WBP2GW.js";
import "./chunk-4AY7RP2N.js";
import "./chunk-2AQNUPCB.js";
import "./chunk-JLHVTWXJ.js";

// src/cli/ula.ts
import { randomBytes } from "node:crypto";
function runUla(options, io = defaultIo) {
  const ula = freshUla(randomBytes);
  if (options.json) io.out(JSON.stringify(ula, null, 2));
  else
    io.out(
      `${ula.first64}
# site prefix ${ula.prefix48} (RFC 4193, random global ID ${ula.globalId}); use further /64s from it for more networks`
    );
  return exitCodes.ok;
}
export {
  runUla
};
