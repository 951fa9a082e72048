import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  maxExpandedValues,
  maxSpecBytes,
  parseSpecText
} from "./chunk-YCLTRH4Q.js";
import "./chunk-JLHVTWXJ.js";
export {
  maxExpandedValues,
  maxSpecBytes,
  parseSpecText
};
