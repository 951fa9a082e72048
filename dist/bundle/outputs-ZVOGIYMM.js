import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  diffOf,
  inIndex,
  onDisk,
  planOutputs
} from "./chunk-Q2NDFEBQ.js";
import "./chunk-JXOSZEBY.js";
import "./chunk-YQ3BFOQZ.js";
import "./chunk-T2A7LUK5.js";
import "./chunk-BEFUL3RG.js";
import "./chunk-JLHVTWXJ.js";
export {
  diffOf,
  inIndex,
  onDisk,
  planOutputs
};
