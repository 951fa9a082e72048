import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  concurrentOutputs,
  diffOf,
  inIndex,
  onDisk,
  placeFinding,
  planOutputs
} from "./chunk-VKAYDQXR.js";
import "./chunk-JXOSZEBY.js";
import "./chunk-GC4YUD6C.js";
import "./chunk-T2A7LUK5.js";
import "./chunk-BEFUL3RG.js";
import "./chunk-JLHVTWXJ.js";
export {
  concurrentOutputs,
  diffOf,
  inIndex,
  onDisk,
  placeFinding,
  planOutputs
};
