import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  OutputPlaceError,
  Staging,
  WriteError,
  generatedHeader,
  isAlive,
  placeOutputs,
  writeAll,
  writeAtomically
} from "./chunk-GC4YUD6C.js";
import "./chunk-T2A7LUK5.js";
import "./chunk-BEFUL3RG.js";
import "./chunk-JLHVTWXJ.js";
export {
  OutputPlaceError,
  Staging,
  WriteError,
  generatedHeader,
  isAlive,
  placeOutputs,
  writeAll,
  writeAtomically
};
