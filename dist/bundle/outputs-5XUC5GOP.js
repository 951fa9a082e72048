import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  diffOf,
  inIndex,
  onDisk,
  placeFinding,
  planOutputs
} from "./chunk-4Z3HAJPY.js";
import "./chunk-WAR76RKR.js";
import "./chunk-XCP5MDYN.js";
import "./chunk-PIJTCJ4O.js";
import "./chunk-5J6UUZKE.js";
import "./chunk-JLHVTWXJ.js";
export {
  diffOf,
  inIndex,
  onDisk,
  placeFinding,
  planOutputs
};
