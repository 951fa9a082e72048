import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  diffOf,
  inIndex,
  onDisk,
  planOutputs
} from "./chunk-6XEVXVWA.js";
import "./chunk-OB7U57EJ.js";
import "./chunk-6RWGNLHB.js";
import "./chunk-T2A7LUK5.js";
import "./chunk-56WBP2GW.js";
import "./chunk-B26B2GMG.js";
import "./chunk-3NSS24ZZ.js";
import "./chunk-YDHEUPTJ.js";
import "./chunk-4AY7RP2N.js";
import "./chunk-YGBQ2C5R.js";
import "./chunk-PLONKWYQ.js";
import "./chunk-2AQNUPCB.js";
import "./chunk-JLHVTWXJ.js";
export {
  diffOf,
  inIndex,
  onDisk,
  planOutputs
};
