import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  freshUla
} from "./chunk-WYKKF7ZQ.js";
import {
  defaultIo,
  exitCodes
} from "./chunk-REQZJE5N.js";
import "./chunk-IC2JOQ5D.js";
import "./chunk-4IMGANDX.js";
import "./chunk-YCLTRH4Q.js";
import "./chunk-5J6UUZKE.js";
import "./chunk-GUEHHRAZ.js";
import "./chunk-JLHVTWXJ.js";

// src/cli/ula.ts
function runUla(options, io = defaultIo) {
  const ula = freshUla();
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
