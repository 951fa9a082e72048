/**
 * `podnet validate --host-facts` with facts captured by the real `ip -j` from a namespace shaped
 * like web-arm: uplink enp1s0 with the GUA, a VPN route into 10.89.0.0/16, a stray 172.20.0.0/24.
 */
import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { execa } from "execa";
import { afterAll, beforeAll, expect, it } from "vitest";
import { podnet } from "../support/cli.js";
import { root } from "../support/files.js";
import { describeWith } from "../support/tools.js";

describeWith({ commands: ["ip"], root: true }, "validate --host-facts", () => {
  const netns = `pn${randomBytes(3).toString("hex")}-facts`;
  const dir = mkdtempSync(path.join(tmpdir(), "podnet-facts-"));
  const ip = (args: string[]) => execa("ip", ["-n", netns, ...args]);

  beforeAll(async () => {
    await execa("ip", ["netns", "add", netns]);
    await ip(["link", "add", "enp1s0", "type", "veth", "peer", "name", "wg0"]);
    await ip(["link", "set", "enp1s0", "up"]);
    await ip(["link", "set", "wg0", "up"]);
    await ip(["-6", "addr", "add", "2a01:4f8:c012:43b::1/64", "dev", "enp1s0", "nodad"]);
    await ip(["addr", "add", "172.20.0.7/24", "dev", "enp1s0"]);
    await ip(["route", "add", "10.89.0.0/16", "dev", "wg0"]);
    const json = async (args: string[]) => JSON.parse((await ip(["-j", ...args])).stdout);
    writeFileSync(
      path.join(dir, "facts.json"),
      JSON.stringify({ addr: await json(["addr"]), route: await json(["route"]), route6: await json(["-6", "route"]) }),
    );
    writeFileSync(path.join(dir, "addr-only.json"), JSON.stringify(await json(["addr"])));
    cpSync(path.join(root, "examples/web-arm.yaml"), path.join(dir, "podnet.yaml"));
  });
  afterAll(async () => {
    await execa("ip", ["netns", "del", netns], { reject: false });
  });

  const validate = (args: string[]) => podnet(["validate", "podnet.yaml", "--json", ...args], dir);
  const rules = (stdout: string) => JSON.parse(stdout).diagnostics.map((d: { rule: string; field: string }) => `${d.rule} ${d.field}`);

  it("reports a subnet that collides with a host route, at the subnet's position", async () => {
    const result = await validate(["--host-facts", "facts.json"]);
    expect(result.exitCode).toBe(1);
    const collision = JSON.parse(result.stdout).diagnostics.find((d: { rule: string }) => d.rule === "facts-subnet-collision");
    expect(collision).toMatchObject({ field: "hosts.web-arm.networks.v6egress.ipv4", line: 15, column: 15 });
    expect(collision.message).toContain("route 10.89.0.0/16 via wg0");
  });

  it("passes when the spec fits the host", async () => {
    writeFileSync(
      path.join(dir, "podnet.yaml"),
      readFileSync(path.join(dir, "podnet.yaml"), "utf8").replace("10.89.0.0/24", "192.168.89.0/24"),
    );
    const result = await validate(["--host-facts", "web-arm=facts.json"]);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(rules(result.stdout)).toEqual([]);
  });

  it("reports a subnet that collides with one of the host's own addresses", async () => {
    writeFileSync(
      path.join(dir, "podnet.yaml"),
      readFileSync(path.join(dir, "podnet.yaml"), "utf8").replace("192.168.89.0/24", "172.20.0.0/24"),
    );
    const result = await validate(["--host-facts", "addr-only.json"]);
    expect(JSON.parse(result.stdout).diagnostics[0].message).toContain("address 172.20.0.7/24 on enp1s0");
    writeFileSync(
      path.join(dir, "podnet.yaml"),
      readFileSync(path.join(dir, "podnet.yaml"), "utf8").replace("172.20.0.0/24", "192.168.89.0/24"),
    );
  });

  it("reports an uplink address that is not on the named interface, and where it is", async () => {
    writeFileSync(
      path.join(dir, "moved.yaml"),
      readFileSync(path.join(dir, "podnet.yaml"), "utf8").replace("interface: enp1s0", "interface: wg0"),
    );
    const result = await podnet(["validate", "moved.yaml", "--json", "--host-facts", "facts.json"], dir);
    const mismatch = JSON.parse(result.stdout).diagnostics.find((d: { rule: string }) => d.rule === "facts-uplink-mismatch");
    expect(mismatch.message).toContain("2a01:4f8:c012:43b::1 is not on wg0");
    expect(mismatch.hint).toBe("set uplink.interface to enp1s0");
  });

  it("refuses facts that are not ip -j output (exit 2)", async () => {
    writeFileSync(path.join(dir, "bad.json"), JSON.stringify({ hello: 1 }));
    const result = await validate(["--host-facts", "bad.json"]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("expected the JSON of `ip -j addr`");
  });
});
