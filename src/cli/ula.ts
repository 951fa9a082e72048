/**
 * `podnet ula`: a fresh RFC 4193 unique local prefix (random 40-bit global ID), its /48 and first /64.
 */
import { randomBytes } from "node:crypto";
import { freshUla } from "../compile/net/ula.js";
import { defaultIo, exitCodes, type Io } from "./context.js";

export function runUla(options: { json?: boolean }, io: Io = defaultIo): number {
  const ula = freshUla(randomBytes);
  if (options.json) io.out(JSON.stringify(ula, null, 2));
  else
    io.out(
      `${ula.first64}\n# site prefix ${ula.prefix48} (RFC 4193, random global ID ${ula.globalId}); use further /64s from it for more networks`,
    );
  return exitCodes.ok;
}
