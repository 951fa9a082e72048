import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  maxSpecBytes,
  parseSpecText
} from "./chunk-EZPYXJJ6.js";
import "./chunk-JLHVTWXJ.js";
export {
  maxSpecBytes,
  parseSpecText
};
