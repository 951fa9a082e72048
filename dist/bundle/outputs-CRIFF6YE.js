import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  concurrentOutputs,
  diffOf,
  inIndex,
  onDisk,
  placeFinding,
  planOutputs
} from "./chunk-QMDBS56D.js";
import "./chunk-JXOSZEBY.js";
import "./chunk-44K64FJF.js";
import "./chunk-4CBWOBUK.js";
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
