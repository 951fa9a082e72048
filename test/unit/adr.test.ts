import { describe, expect, it } from "vitest";
import { adrFileName, nextAdrNumber, slugify } from "../../src/emit/adr-records.js";

describe("ADR numbering", () => {
  it("takes the number after the highest, never filling gaps", () => {
    expect(nextAdrNumber([])).toBe(1n);
    expect(nextAdrNumber(["0001-a.md", "0002-b.md"])).toBe(3n);
    expect(nextAdrNumber(["0001-a.md", "0010-b.md", "0004-c.md"])).toBe(11n);
  });
  it("counts superseded records and ignores files that are not records", () => {
    expect(nextAdrNumber(["0001-a.md", "0007-old-superseded-by-0009.md", "README.md", "template.md", "0099-draft.txt"])).toBe(8n);
  });
  it("names files NNNN-slug.md", () => {
    expect(adrFileName(11, "Use NAT66 for container egress!")).toBe("0011-use-nat66-for-container-egress.md");
  });
  it("slugs accents, punctuation and empty titles", () => {
    expect(slugify("Égress über IPv6 / NAT66")).toBe("egress-uber-ipv6-nat66");
    expect(slugify("!!!")).toBe("decision");
    expect(slugify("x".repeat(100))).toHaveLength(60);
  });
});
