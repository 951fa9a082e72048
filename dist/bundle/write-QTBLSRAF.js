import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  OutputPlaceError,
  Staging,
  WriteError,
  concurrentFiles,
  generatedHeader,
  isAlive,
  placeOutputs,
  writeAll,
  writeAtomically
} from "./chunk-6RWGNLHB.js";
import "./chunk-T2A7LUK5.js";
import "./chunk-56WBP2GW.js";
import "./chunk-JLHVTWXJ.js";
export {
  OutputPlaceError,
  Staging,
  WriteError,
  concurrentFiles,
  generatedHeader,
  isAlive,
  placeOutputs,
  writeAll,
  writeAtomically
};
