import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  compile
} from "./chunk-PZRYW2WV.js";
import "./chunk-W7AISJDU.js";
import "./chunk-TN4X6RZ2.js";
import "./chunk-NFDRAR2L.js";
import "./chunk-PLONKWYQ.js";
import "./chunk-2AQNUPCB.js";
import "./chunk-YCLTRH4Q.js";
import "./chunk-DTFT4EZT.js";
import "./chunk-IK5WI6WY.js";
import "./chunk-JLHVTWXJ.js";
export {
  compile
};
