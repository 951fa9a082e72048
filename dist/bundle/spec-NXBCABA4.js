import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  compileFile,
  readSpec,
  report,
  runGenerate,
  runSchema,
  runValidate
} from "./chunk-MSAVCXTH.js";
import "./chunk-XKWGI5VV.js";
import "./chunk-WKHVYDBV.js";
import "./chunk-FQUV3JAX.js";
import "./chunk-FYIB653R.js";
import "./chunk-2JAZUINV.js";
import "./chunk-2UBQZ5RC.js";
import "./chunk-PU62A5QG.js";
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
