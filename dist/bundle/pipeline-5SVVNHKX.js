import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  compile
} from "./chunk-IC2JOQ5D.js";
import "./chunk-4IMGANDX.js";
import "./chunk-YCLTRH4Q.js";
import "./chunk-GUEHHRAZ.js";
import "./chunk-JLHVTWXJ.js";
export {
  compile
};
