import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  HostFacts,
  decodeHostFacts,
  explainFactsFinding,
  factsDiagnostic,
  factsFindings,
  factsRules
} from "./chunk-EV4J24KI.js";
import "./chunk-DTFT4EZT.js";
import "./chunk-4AY7RP2N.js";
import "./chunk-YGBQ2C5R.js";
import "./chunk-PLONKWYQ.js";
import "./chunk-2AQNUPCB.js";
import "./chunk-JLHVTWXJ.js";
export {
  HostFacts,
  decodeHostFacts,
  explainFactsFinding,
  factsDiagnostic,
  factsFindings,
  factsRules
};
