import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  excerpt,
  formatDiagnostic,
  formatPath,
  hasErrors,
  summarise,
  toJson
} from "./chunk-NFDRAR2L.js";
import "./chunk-PLONKWYQ.js";
import "./chunk-2AQNUPCB.js";
import "./chunk-JLHVTWXJ.js";
export {
  excerpt,
  formatDiagnostic,
  formatPath,
  hasErrors,
  summarise,
  toJson
};
