import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  freshUla
} from "./chunk-TB2NI62C.js";
import {
  defaultIo,
  exitCodes
} from "./chunk-VSPFTGGQ.js";
import "./chunk-55PG2TM4.js";
import "./chunk-4IMGANDX.js";
import "./chunk-7JCD4OBA.js";
import "./chunk-5J6UUZKE.js";
import "./chunk-LYNKG6UV.js";
import "./chunk-JLHVTWXJ.js";

// src/cli/ula.ts
function runUla(options, io = defaultIo) {
  const ula = freshUla();
  if (options.json) io.out(JSON.stringify(ula, null, 2));
  else io.out(`${ula.first64}
# site prefix ${ula.prefix48} (RFC 4193, random global ID ${ula.globalId}); use further /64s from it for more networks`);
  return exitCodes.ok;
}
export {
  runUla
};
