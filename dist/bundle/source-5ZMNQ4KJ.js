import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  maxSpecBytes,
  parseSpecText
} from "./chunk-NTLKBY2U.js";
import "./chunk-JLHVTWXJ.js";
export {
  maxSpecBytes,
  parseSpecText
};
