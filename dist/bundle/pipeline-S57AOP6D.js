import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  compile
} from "./chunk-QA7XGM6Z.js";
import "./chunk-W7AISJDU.js";
import "./chunk-ISCR4PPT.js";
import "./chunk-62BEAWWP.js";
import "./chunk-PLONKWYQ.js";
import "./chunk-2AQNUPCB.js";
import "./chunk-SZD23DPG.js";
import "./chunk-DTFT4EZT.js";
import "./chunk-IK5WI6WY.js";
import "./chunk-JLHVTWXJ.js";
export {
  compile
};
