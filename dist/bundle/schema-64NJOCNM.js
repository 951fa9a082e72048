import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  defaultIo,
  exitCodes
} from "./chunk-VSPFTGGQ.js";
import {
  specJsonSchema
} from "./chunk-55PG2TM4.js";
import "./chunk-4IMGANDX.js";
import "./chunk-7JCD4OBA.js";
import "./chunk-5J6UUZKE.js";
import "./chunk-LYNKG6UV.js";
import "./chunk-JLHVTWXJ.js";

// src/cli/schema.ts
function runSchema(io = defaultIo) {
  io.out(JSON.stringify(specJsonSchema(), null, 2));
  return exitCodes.ok;
}
export {
  runSchema
};
