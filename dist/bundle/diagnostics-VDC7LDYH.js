import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  excerpt,
  formatDiagnostic,
  hasErrors,
  severityIn,
  summarise,
  toJson
} from "./chunk-YGBQ2C5R.js";
import "./chunk-PLONKWYQ.js";
import "./chunk-2AQNUPCB.js";
import "./chunk-JLHVTWXJ.js";
export {
  excerpt,
  formatDiagnostic,
  hasErrors,
  severityIn,
  summarise,
  toJson
};
