import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  compile
} from "./chunk-SWBD3IF4.js";
import "./chunk-PP4YCQD2.js";
import "./chunk-4VMIDXTV.js";
import "./chunk-B26B2GMG.js";
import "./chunk-3NSS24ZZ.js";
import "./chunk-YDHEUPTJ.js";
import "./chunk-GBUKYKON.js";
import "./chunk-DTFT4EZT.js";
import "./chunk-4AY7RP2N.js";
import "./chunk-YGBQ2C5R.js";
import "./chunk-PLONKWYQ.js";
import "./chunk-2AQNUPCB.js";
import "./chunk-JLHVTWXJ.js";
export {
  compile
};
