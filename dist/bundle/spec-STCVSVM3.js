import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  compileFile,
  readSpec,
  report,
  runGenerate,
  runSchema,
  runValidate
} from "./chunk-KP6VZU3A.js";
import "./chunk-XKWGI5VV.js";
import "./chunk-AX4QTQ6V.js";
import "./chunk-FQUV3JAX.js";
import "./chunk-FYIB653R.js";
import "./chunk-2JAZUINV.js";
import "./chunk-2UBQZ5RC.js";
import "./chunk-6K544KYG.js";
import "./chunk-XIH46RQF.js";
import "./chunk-PLONKWYQ.js";
import "./chunk-3WK5XVS4.js";
import "./chunk-JLHVTWXJ.js";
export {
  compileFile,
  readSpec,
  report,
  runGenerate,
  runSchema,
  runValidate
};
