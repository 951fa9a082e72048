import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  OutputPlaceError,
  WriteError,
  generatedHeader,
  placeOutputs,
  realOutputPath,
  writeAll,
  writeAtomically
} from "./chunk-PIJTCJ4O.js";
import "./chunk-5J6UUZKE.js";
import "./chunk-JLHVTWXJ.js";
export {
  OutputPlaceError,
  WriteError,
  generatedHeader,
  placeOutputs,
  realOutputPath,
  writeAll,
  writeAtomically
};
