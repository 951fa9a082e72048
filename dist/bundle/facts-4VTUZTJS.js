import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  HostFacts,
  decodeHostFacts,
  explainFactsFinding,
  factsDiagnostic,
  factsFindings,
  factsRules
} from "./chunk-7NDOAR6B.js";
import "./chunk-DTFT4EZT.js";
import "./chunk-4AY7RP2N.js";
import "./chunk-JLHVTWXJ.js";
export {
  HostFacts,
  decodeHostFacts,
  explainFactsFinding,
  factsDiagnostic,
  factsFindings,
  factsRules
};
