import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  excerpt,
  formatDiagnostic,
  formatPath,
  hasErrors,
  summarise,
  toJson
} from "./chunk-PEQVYC4Q.js";
import "./chunk-PLONKWYQ.js";
import "./chunk-ARKSX3ZK.js";
import "./chunk-JLHVTWXJ.js";
export {
  excerpt,
  formatDiagnostic,
  formatPath,
  hasErrors,
  summarise,
  toJson
};
