import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  HostFacts,
  decodeHostFacts,
  explainFactsFinding,
  factsDiagnostic,
  factsFindings,
  factsRules
} from "./chunk-FHULWSM5.js";
import "./chunk-LYNKG6UV.js";
import "./chunk-JLHVTWXJ.js";
export {
  HostFacts,
  decodeHostFacts,
  explainFactsFinding,
  factsDiagnostic,
  factsFindings,
  factsRules
};
