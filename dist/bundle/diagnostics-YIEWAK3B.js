import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  formatDiagnostic,
  formatPath,
  hasErrors,
  summarise,
  toJson
} from "./chunk-FQUV3JAX.js";
import "./chunk-PLONKWYQ.js";
import "./chunk-JLHVTWXJ.js";
export {
  formatDiagnostic,
  formatPath,
  hasErrors,
  summarise,
  toJson
};
