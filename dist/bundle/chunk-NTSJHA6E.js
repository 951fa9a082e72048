import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  addressText
} from "./chunk-4AY7RP2N.js";

// src/compile/net/ula.ts
function freshUla(random) {
  const id = random(5);
  let value = 0xfdn;
  for (const byte of id) value = value << 8n | BigInt(byte);
  const base = value << 80n;
  const text = addressText("ipv6", base);
  return { prefix48: `${text}/48`, first64: `${text}/64`, globalId: id.toString("hex") };
}
function freshPrivate24(random) {
  const [a = 0, b = 0] = random(2);
  return `172.${16 + a % 16}.${b}.0/24`;
}

export {
  freshUla,
  freshPrivate24
};
