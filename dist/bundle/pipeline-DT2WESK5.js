import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  compile
} from "./chunk-5CLBVMWX.js";
import "./chunk-53LKOIPB.js";
import "./chunk-MT4IZ2QA.js";
import "./chunk-62BEAWWP.js";
import "./chunk-PLONKWYQ.js";
import "./chunk-2AQNUPCB.js";
import "./chunk-SZD23DPG.js";
import "./chunk-DTFT4EZT.js";
import "./chunk-4AY7RP2N.js";
import "./chunk-JLHVTWXJ.js";
export {
  compile
};
