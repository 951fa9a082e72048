import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  OutputPlaceError,
  Staging,
  WriteError,
  generatedHeader,
  isAlive,
  placeOutputs,
  realOutputPath,
  writeAll,
  writeAtomically
} from "./chunk-RMJJIV2F.js";
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
  realOutputPath,
  writeAll,
  writeAtomically
};
