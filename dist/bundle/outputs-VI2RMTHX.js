import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  concurrentOutputs,
  diffOf,
  inIndex,
  onDisk,
  placeFinding,
  planOutputs
} from "./chunk-LA5M7TT5.js";
import "./chunk-JXOSZEBY.js";
import "./chunk-LWTCF5EN.js";
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
