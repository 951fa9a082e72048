import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  compileFile,
  readSpec,
  report,
  runGenerate,
  runSchema,
  runValidate
} from "./chunk-3MMPZ2D2.js";
import "./chunk-N5ARRNL7.js";
import "./chunk-XKWGI5VV.js";
import "./chunk-J6U43KWS.js";
import "./chunk-2THRSYTW.js";
import "./chunk-PEQVYC4Q.js";
import "./chunk-PLONKWYQ.js";
import "./chunk-ARKSX3ZK.js";
import "./chunk-FVPTRHMZ.js";
import "./chunk-N2YCCKXI.js";
import "./chunk-CITVTZRV.js";
import "./chunk-DTFT4EZT.js";
import "./chunk-HKELKULO.js";
import "./chunk-JLHVTWXJ.js";
export {
  compileFile,
  readSpec,
  report,
  runGenerate,
  runSchema,
  runValidate
};
