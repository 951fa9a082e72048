import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  HostFacts,
  checkHostFacts,
  decodeHostFacts,
  hostFactsRules
} from "./chunk-SHL2DWFH.js";
import "./chunk-2JAZUINV.js";
import "./chunk-3WK5XVS4.js";
import "./chunk-JLHVTWXJ.js";
export {
  HostFacts,
  checkHostFacts,
  decodeHostFacts,
  hostFactsRules
};
