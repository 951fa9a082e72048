/** `podnet adr new` on real folders. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createRepo } from "../support/gitrepo.js";

describe("podnet adr new", () => {
  it("finds docs/adr before doc/adr and adr, and numbers after the highest, across gaps", async () => {
    const repo = await createRepo();
    for (const dir of ["docs/adr", "doc/adr", "adr"]) mkdirSync(path.join(repo.dir, dir), { recursive: true });
    for (const name of ["0001-first.md", "0003-third.md", "0010-superseded-by-0012.md", "0012-current.md", "README.md"])
      writeFileSync(path.join(repo.dir, "docs/adr", name), "x\n");
    const result = await repo.podnet(["adr", "new", "Keep podman", "--date", "2026-11-24"]);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe("docs/adr/0013-keep-podman.md");
    const text = repo.read("docs/adr/0013-keep-podman.md");
    expect(text).toMatch(/^# 13\. Keep podman\n/u);
    expect(text).toContain("- Status: proposed\n- Date: 2026-11-24");
    expect(text).toContain("## Considered options");
    expect(readdirSync(path.join(repo.dir, "doc/adr"))).toEqual([]);
  });

  it("falls back to doc/adr, then adr, and honours --dir", async () => {
    const repo = await createRepo();
    mkdirSync(path.join(repo.dir, "adr"));
    expect((await repo.podnet(["adr", "new", "One"])).stdout.trim()).toBe("adr/0001-one.md");
    expect((await repo.podnet(["adr", "new", "Two", "--dir", "records"])).stdout.trim()).toBe("records/0001-two.md");
  });

  it("never hands out one number twice, also when two run at once", async () => {
    const repo = await createRepo();
    mkdirSync(path.join(repo.dir, "docs/adr"), { recursive: true });
    const results = await Promise.all(["Alpha", "Beta", "Gamma"].map((title) => repo.podnet(["adr", "new", title])));
    expect(results.map((r) => r.exitCode)).toEqual([0, 0, 0]);
    const numbers = readdirSync(path.join(repo.dir, "docs/adr"))
      .map((name) => name.slice(0, 4))
      .sort();
    expect(numbers).toEqual(["0001", "0002", "0003"]);
  });

  it("pre-fills the NAT66/ULA decision with the spec's real values", async () => {
    const repo = await createRepo();
    mkdirSync(path.join(repo.dir, "docs/adr"), { recursive: true });
    const result = await repo.podnet([
      "adr",
      "new",
      "IPv6 egress for web-arm containers",
      "--network",
      "v6egress",
      "--spec",
      "podnet.yaml",
    ]);
    expect(result.exitCode, result.stderr).toBe(0);
    const text = readFileSync(path.join(repo.dir, result.stdout.trim()), "utf8");
    for (const fact of [
      "web-arm",
      "enp1s0",
      "2a01:4f8:c012:43b::1/64",
      "`2a01:4f8:c012:43b::1`",
      "10.89.0.0/24",
      "fdaa:bbcc:ddee::/64",
      "`throwaway`",
      "`collabora`, `rustdesk-server`",
      "podnet-network-v6egress",
    ]) {
      expect(text).toContain(fact);
    }
    // Every decision point of the NAT66 record.
    expect(text).toContain("NAT66/ULA over a routed GUA sub-prefix");
    expect(text).toContain("NDP proxy");
    expect(text).toContain("on-link /64");
    expect(text).toContain("podman is kept");
    expect(text).toContain("Egress only, no inbound surface");
    expect(text).toMatch(/no reverse DNS \(rDNS\) and no SPF/u);
    expect(text).toContain("SMTP sent directly from this network inherits a deliverability");
  });

  it("rejects an unknown network and a missing title", async () => {
    const repo = await createRepo();
    const unknown = await repo.podnet(["adr", "new", "x", "--network", "nope", "--spec", "podnet.yaml"]);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain("no host in podnet.yaml has a network nope");
    expect((await repo.podnet(["adr", "new", "  "])).exitCode).toBe(2);
  });
});
