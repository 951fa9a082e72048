import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  HostFacts,
  decodeHostFacts,
  explainFactsFinding,
  factsDiagnostic,
  factsFindings,
  factsRules
} from "./chunk-76YFNXLE.js";
import "./chunk-DTFT4EZT.js";
import "./chunk-IK5WI6WY.js";
import "./chunk-JLHVTWXJ.js";
export {
  HostFacts,
  decodeHostFacts,
  explainFactsFinding,
  factsDiagnostic,
  factsFindings,
  factsRules
};
