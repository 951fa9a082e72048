import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  OutputPlaceError,
  Staging,
  WriteError,
  generatedHeader,
  placeOutputs,
  realOutputPath,
  writeAll,
  writeAtomically
} from "./chunk-LWTCF5EN.js";
import "./chunk-4CBWOBUK.js";
import "./chunk-BEFUL3RG.js";
import "./chunk-JLHVTWXJ.js";
export {
  OutputPlaceError,
  Staging,
  WriteError,
  generatedHeader,
  placeOutputs,
  realOutputPath,
  writeAll,
  writeAtomically
};
