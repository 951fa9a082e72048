import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  HostFacts,
  checkHostFacts,
  decodeHostFacts,
  hostFactsRules
} from "./chunk-2RAGQZJT.js";
import "./chunk-DTFT4EZT.js";
import "./chunk-HKELKULO.js";
import "./chunk-JLHVTWXJ.js";
export {
  HostFacts,
  checkHostFacts,
  decodeHostFacts,
  hostFactsRules
};
