import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  defaultIo,
  exitCodes
} from "./chunk-REQZJE5N.js";
import {
  specJsonSchema
} from "./chunk-IC2JOQ5D.js";
import "./chunk-4IMGANDX.js";
import "./chunk-YCLTRH4Q.js";
import "./chunk-5J6UUZKE.js";
import "./chunk-GUEHHRAZ.js";
import "./chunk-JLHVTWXJ.js";

// src/cli/schema.ts
function runSchema(io = defaultIo) {
  io.out(JSON.stringify(specJsonSchema(), null, 2));
  return exitCodes.ok;
}
export {
  runSchema
};
