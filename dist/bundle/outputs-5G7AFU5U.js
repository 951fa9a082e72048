import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  diffOf,
  inIndex,
  onDisk,
  planOutputs
} from "./chunk-QJYLQOWE.js";
import "./chunk-OUUMGH72.js";
import "./chunk-RG5YD36O.js";
import "./chunk-T2A7LUK5.js";
import "./chunk-OINXVUR3.js";
import "./chunk-2AQNUPCB.js";
import "./chunk-JLHVTWXJ.js";
export {
  diffOf,
  inIndex,
  onDisk,
  planOutputs
};
