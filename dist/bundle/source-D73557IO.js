import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  maxSpecBytes,
  parseSpecText
} from "./chunk-GBUKYKON.js";
import "./chunk-YGBQ2C5R.js";
import "./chunk-PLONKWYQ.js";
import "./chunk-2AQNUPCB.js";
import "./chunk-JLHVTWXJ.js";
export {
  maxSpecBytes,
  parseSpecText
};
