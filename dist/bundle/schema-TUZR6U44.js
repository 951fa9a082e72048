import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  defaultIo,
  exitCodes
} from "./chunk-UYYARZLR.js";
import "./chunk-56WBP2GW.js";
import {
  specJsonSchema
} from "./chunk-PP4YCQD2.js";
import "./chunk-YDHEUPTJ.js";
import "./chunk-DTFT4EZT.js";
import "./chunk-4AY7RP2N.js";
import "./chunk-2AQNUPCB.js";
import "./chunk-JLHVTWXJ.js";

// src/cli/schema.ts
function runSchema(io = defaultIo) {
  io.out(JSON.stringify(specJsonSchema(), null, 2));
  return exitCodes.ok;
}
export {
  runSchema
};
