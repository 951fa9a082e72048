/**
 * net/cidr.ts converts addresses itself (ip-num's conversions are slow); ip-num stays the oracle:
 * for every text ip-num's validator accepts, the value and the canonical text must be ip-num's.
 */
import fc from "fast-check";
import { collapseIPv6Number, IPv4, IPv6, Validator } from "ip-num";
import { describe, expect, it } from "vitest";
import { addressText, parseAddress, parsePrefix, parseSubnet, sameSubnet, subnet } from "../../src/compile/net/cidr.js";
import { hostileString, runs } from "../support/fuzz.js";

const group = fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 0, max: 0xffff }));
/** Any spelling of eight groups: case, leading zeros, `::` anywhere it may go, a dotted IPv4 tail. */
const ipv6Text = fc
  .tuple(
    fc.array(group, { minLength: 8, maxLength: 8 }),
    fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 8, maxLength: 8 }),
    fc.nat(),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([groups, pad, pick, upper, dotted]) => {
    const words = groups.map((g, i) => {
      const text = g.toString(16).padStart(Math.min(4, g.toString(16).length + pad[i]!), "0");
      return upper ? text.toUpperCase() : text;
    });
    if (dotted) words.splice(6, 2, [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join("."));
    const last = words.length;
    const runs: Array<[number, number]> = [];
    for (let i = 0; i < last; i++) for (let j = i; j < last && groups[j] === 0 && !(dotted && j >= 6); j++) runs.push([i, j + 1]);
    if (runs.length === 0 || pick % 3 === 0) return words.join(":");
    const [start, end] = runs[pick % runs.length]!;
    return `${words.slice(0, start).join(":")}::${words.slice(end).join(":")}`;
  });

const ipNumValue6 = (text: string) => BigInt(IPv6.fromString(text).getValue().toString());
const ipNumText6 = (value: bigint) => collapseIPv6Number(IPv6.fromBigInt(value).toString()).toLowerCase();

describe("address conversions agree with ip-num", () => {
  it("IPv6: any spelling gives ip-num's value and its compressed lower-case text", () => {
    fc.assert(
      fc.property(ipv6Text, (text) => {
        const parsed = parseAddress(text, "ipv6");
        expect(parsed.ok, text).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.value.value).toBe(ipNumValue6(text));
        expect(parsed.value.text).toBe(ipNumText6(parsed.value.value));
      }),
      runs(2000),
    );
  });

  it("IPv4: value and text are ip-num's", () => {
    fc.assert(
      fc.property(fc.ipV4(), (text) => {
        const parsed = parseAddress(text, "ipv4");
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.value.value).toBe(BigInt(IPv4.fromString(text).getValue().toString()));
        expect(parsed.value.text).toBe(text);
        expect(addressText("ipv4", parsed.value.value)).toBe(IPv4.fromNumber(parsed.value.value).toString());
      }),
      runs(1000),
    );
  });

  it("whatever the text, an address is parsed exactly when ip-num's validator accepts it, and never throws", () => {
    const near = fc.oneof(
      hostileString,
      ipv6Text.chain((text) =>
        fc
          .nat({ max: text.length })
          .chain((at) => fc.constantFrom(":", "::", ".", "g", "0", "").map((insert) => text.slice(0, at) + insert + text.slice(at))),
      ),
    );
    fc.assert(
      fc.property(near, (text) => {
        const parsed = parseAddress(text, "ipv6");
        let accepted = false;
        try {
          accepted = Validator.isValidIPv6String(text)[0] === true && !text.includes("%") && text === text.trim();
        } catch {
          accepted = false;
        }
        expect(parsed.ok, text).toBe(accepted);
        if (parsed.ok) expect(parsed.value.value).toBe(ipNumValue6(text));
      }),
      runs(3000),
    );
  });

  it("subnets keep their bounds: first and last of a /64 and a /24", () => {
    const v6 = parseSubnet("FDAA:BBCC:DDEE:0:0::5/64");
    expect(v6.ok && { text: v6.value.text, hostBits: v6.value.hostBits, size: v6.value.last - v6.value.first + 1n }).toEqual({
      text: "fdaa:bbcc:ddee::/64",
      hostBits: true,
      size: 1n << 64n,
    });
    const v4 = parseSubnet("10.89.0.0/24");
    expect(v4.ok && [addressText("ipv4", v4.value.first), addressText("ipv4", v4.value.last)]).toEqual(["10.89.0.0", "10.89.0.255"]);
  });
});

describe("prefixes as routes and packet filters print them", () => {
  it("a bare address is that one address, /32 or /128; CIDR is read as CIDR", () => {
    const texts = (text: string, family?: "ipv4" | "ipv6") => {
      const parsed = parsePrefix(text, family);
      return parsed.ok ? parsed.value.text : parsed.reason;
    };
    expect(texts("10.89.0.5")).toBe("10.89.0.5/32");
    expect(texts("FDAA::5")).toBe("fdaa::5/128");
    expect(texts("::ffff:10.0.0.1")).toBe("::ffff:a00:1/128");
    expect(texts("10.89.0.0/24")).toBe("10.89.0.0/24");
    expect(texts("10.89.0.5", "ipv6")).toBe("is not an IPv6 address");
    expect(texts("default")).toBe("is not an IPv4 or IPv6 address");
  });

  it("the same network is the same however it is spelled, and only then", () => {
    expect(sameSubnet(subnet("FDAA:0:0::/64"), subnet("fdaa::/64"))).toBe(true);
    expect(sameSubnet(subnet("10.89.0.0/24"), subnet("10.89.0.0/25"))).toBe(false);
    expect(sameSubnet(subnet("0.0.0.0/0"), subnet("::/96"))).toBe(false);
  });
});
