/**
 * RFC 4193 unique local prefixes: fd00::/8 + a random 40-bit global ID = a /48 per site,
 * whose first /64 (subnet ID 0) is what a podnet network uses.
 */
import { addressText } from "./cidr.js";

export interface Ula {
  readonly prefix48: string;
  readonly first64: string;
  readonly globalId: string;
}

/**
 * The caller brings the randomness: the system's generator is I/O, which compile does not do. The
 * CLI passes the OS CSPRNG, as RFC 4193 §3.2.2 allows; tests pass fixed bytes.
 */
export function freshUla(random: (bytes: number) => Buffer): Ula {
  const id = random(5);
  let value = 0xfdn;
  for (const byte of id) value = (value << 8n) | BigInt(byte);
  const base = value << 80n; // fd + 40 bits = 48 bits, then 80 zero bits
  const text = addressText("ipv6", base);
  return { prefix48: `${text}/48`, first64: `${text}/64`, globalId: id.toString("hex") };
}

/** A random /24 in 172.16.0.0/12: private, clear of 10.88/16 and of podman's 10.89+ pool. */
export function freshPrivate24(random: (bytes: number) => Buffer): string {
  const [a = 0, b = 0] = random(2);
  return `172.${16 + (a % 16)}.${b}.0/24`;
}
