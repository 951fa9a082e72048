import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  diffOf,
  inIndex,
  onDisk,
  planOutputs
} from "./chunk-36OWX2GI.js";
import "./chunk-OB7U57EJ.js";
import "./chunk-CV6JLW32.js";
import "./chunk-T2A7LUK5.js";
import "./chunk-OINXVUR3.js";
import "./chunk-B26B2GMG.js";
import "./chunk-3NSS24ZZ.js";
import "./chunk-YDHEUPTJ.js";
import "./chunk-2AQNUPCB.js";
import "./chunk-4AY7RP2N.js";
import "./chunk-JLHVTWXJ.js";
export {
  diffOf,
  inIndex,
  onDisk,
  planOutputs
};
