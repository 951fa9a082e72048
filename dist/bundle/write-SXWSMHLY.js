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
} from "./chunk-CV6JLW32.js";
import "./chunk-T2A7LUK5.js";
import "./chunk-OINXVUR3.js";
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
