import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  diffOf,
  inIndex,
  onDisk,
  placeFinding,
  planOutputs
} from "./chunk-ST27RVS5.js";
import "./chunk-QGWLGEZA.js";
import "./chunk-XCP5MDYN.js";
import "./chunk-VQU6IEZ2.js";
import "./chunk-5J6UUZKE.js";
import "./chunk-JLHVTWXJ.js";
export {
  diffOf,
  inIndex,
  onDisk,
  placeFinding,
  planOutputs
};
