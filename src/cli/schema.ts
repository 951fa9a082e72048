/**
 * `podnet schema`: the spec's JSON Schema, for editors (yaml-language-server and others).
 */
import { specJsonSchema } from "../compile/schema.js";
import { defaultIo, exitCodes, type Io } from "./context.js";

export function runSchema(io: Io = defaultIo): number {
  io.out(JSON.stringify(specJsonSchema(), null, 2));
  return exitCodes.ok;
}
