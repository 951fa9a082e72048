import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  compile
} from "./chunk-55PG2TM4.js";
import "./chunk-4IMGANDX.js";
import "./chunk-7JCD4OBA.js";
import "./chunk-LYNKG6UV.js";
import "./chunk-JLHVTWXJ.js";
export {
  compile
};
