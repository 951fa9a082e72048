import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  HostFacts,
  decodeHostFacts,
  explainFactsFinding,
  factsDiagnostic,
  factsFindings,
  factsRules
} from "./chunk-6GWQ3IFW.js";
import "./chunk-GUEHHRAZ.js";
import "./chunk-JLHVTWXJ.js";
export {
  HostFacts,
  decodeHostFacts,
  explainFactsFinding,
  factsDiagnostic,
  factsFindings,
  factsRules
};
