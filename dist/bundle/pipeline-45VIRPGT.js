import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  compile
} from "./chunk-J6U43KWS.js";
import "./chunk-2THRSYTW.js";
import "./chunk-PEQVYC4Q.js";
import "./chunk-PLONKWYQ.js";
import "./chunk-ARKSX3ZK.js";
import "./chunk-FVPTRHMZ.js";
import "./chunk-DTFT4EZT.js";
import "./chunk-HKELKULO.js";
import "./chunk-JLHVTWXJ.js";
export {
  compile
};
