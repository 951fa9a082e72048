import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  OutputConflictError,
  OutputPlaceError,
  WriteError,
  generatedHeader,
  outcomeOf,
  placeOutputs,
  realOutputPath,
  writeAll,
  writeAtomically
} from "./chunk-N2YCCKXI.js";
import "./chunk-CITVTZRV.js";
import "./chunk-JLHVTWXJ.js";
export {
  OutputConflictError,
  OutputPlaceError,
  WriteError,
  generatedHeader,
  outcomeOf,
  placeOutputs,
  realOutputPath,
  writeAll,
  writeAtomically
};
