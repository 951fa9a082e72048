import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contains, subnet as parseSubnet, wellKnown } from "../../src/compile/net/cidr.js";
import { freshPrivate24, freshUla } from "../../src/compile/net/ula.js";

describe("podnet ula", () => {
  it("puts the 40-bit global ID right after fd", () => {
    const ula = freshUla(() => Buffer.from([0x12, 0x34, 0x56, 0x78, 0x9a]));
    expect(ula).toEqual({ prefix48: "fd12:3456:789a::/48", first64: "fd12:3456:789a::/64", globalId: "123456789a" });
  });
  it("keeps leading zero bytes of the global ID", () => {
    expect(freshUla(() => Buffer.from([0, 0, 0, 0, 1])).first64).toBe("fd00:0:1::/64");
  });
  it("draws a different ULA from fd00::/8 each time", () => {
    const drawn = new Set(Array.from({ length: 50 }, () => freshUla(randomBytes).first64));
    expect(drawn.size).toBe(50);
    for (const prefix of drawn) expect(contains(wellKnown.ulaLocal, parseSubnet(prefix))).toBe(true);
  });
  it("draws private /24s from 172.16.0.0/12, clear of podman's pools", () => {
    for (let i = 0; i < 200; i++) {
      const subnet = parseSubnet(freshPrivate24(randomBytes));
      expect(subnet.prefix).toBe(24);
      expect(contains(parseSubnet("172.16.0.0/12"), subnet)).toBe(true);
    }
  });
});
