/**
 * `podnet check egress` against the simulated host, run the way an operator runs it on the host
 * (here: inside the host namespace), with simulated echo endpoints.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { execa } from "execa";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createSimHost, type SimHost, simulated } from "../support/simhost.js";
import { oneshotScript, type SimStory, simStory } from "../support/simspec.js";
import { describeWith } from "../support/tools.js";

const tools = { commands: ["podman", "nix-instantiate", "nsenter", "ip", "busybox"], root: true };

describeWith(tools, "podnet check egress on the simulated host", () => {
  let host: SimHost;
  let story: SimStory;

  const checkArgs = (spec: string, extra: string[] = []) => [
    "check",
    "egress",
    spec,
    "--host",
    "web-arm",
    ...host.egressFlags(5),
    ...extra,
  ];
  const check = (spec: string, extra: string[] = []) => host.podnet(checkArgs(spec, extra));
  const leftovers = async () =>
    (await host.podman(["ps", "--all", "--format", "{{.Names}}"])).stdout.split("\n").filter((n) => n.startsWith("podnet-check-"));
  const setForwarding = (value: 0 | 1) => host.run("sh", ["-c", `echo ${value} > /proc/sys/net/ipv6/conf/all/forwarding`]);

  beforeAll(async () => {
    host = await createSimHost();
    story = simStory(host, "chk", { ipv4: "172.20.0.0/24", ipv6: "fdaa:bbcc:dd20::/64" });
    const created = await host.run("bash", ["-c", await oneshotScript(story, readFileSync(story.specFile, "utf8"))], { reject: false });
    if (created.exitCode !== 0) throw new Error(created.stderr);
    for (const name of story.untouched) await host.podman(["run", "-d", "--name", name, host.probeImage, "sleep", "600"]);
    await setForwarding(1);
  });
  afterAll(async () => {
    await host?.destroy();
  });

  it("passes every criterion on a correctly set-up host, and removes its container", async () => {
    const result = await check(story.specFile, ["--json"]);
    expect(result.exitCode, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.ok).toBe(true);
    expect(report.criteria.map((c: { id: string; status: string }) => `${c.id}:${c.status}`)).toEqual([
      "forwarding:pass",
      "network-exists:pass",
      "subnets:pass",
      "ipv6-reach:pass",
      "nat66-source:pass",
      "ipv4-reach:pass",
      "untouched:pass",
      "untouched:pass",
    ]);
    expect(report.criteria.find((c: { id: string }) => c.id === "nat66-source").evidence).toContain(simulated.hostUplink);
    expect(await leftovers()).toEqual([]);
  });

  it("prints a readable table, one line per criterion", async () => {
    const result = await check(story.specFile);
    expect(result.exitCode).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(9);
    expect(lines[4]).toMatch(new RegExp(`^PASS  nat66-source\\s+${story.network}\\s+the destination saw ${simulated.hostUplink}`, "u"));
    expect(lines.at(-1)).toBe("host web-arm: all 8 criteria passed or skipped");
  });

  it("fails with the reason when forwarding is off", async () => {
    await setForwarding(0);
    try {
      const result = await check(story.specFile, ["--json"]);
      expect(result.exitCode).toBe(1);
      const forwarding = JSON.parse(result.stdout).criteria[0];
      expect(forwarding).toMatchObject({ id: "forwarding", status: "fail" });
      expect(forwarding.evidence).toContain("net.ipv6.conf.all.forwarding = 0");
    } finally {
      await setForwarding(1);
    }
  });

  it("fails with the reason when the network is missing, and starts no container", async () => {
    const missing = simStory(host, "gone", { ipv4: "172.20.1.0/24", ipv6: "fdaa:bbcc:dd21::/64" });
    const result = await check(missing.specFile, ["--json"]);
    expect(result.exitCode).toBe(1);
    const criteria = JSON.parse(result.stdout).criteria;
    expect(criteria[1]).toMatchObject({ id: "network-exists", status: "fail" });
    expect(criteria[1].evidence).toContain(`podman has no network ${missing.network}`);
    expect(criteria.filter((c: { status: string }) => c.status === "skip").map((c: { id: string }) => c.id)).toEqual(
      expect.arrayContaining(["ipv6-reach", "nat66-source"]),
    );
    expect(await leftovers()).toEqual([]);
  });

  it("fails when an untouched container was moved to another network", async () => {
    const moved = simStory(host, "moved", { ipv4: "172.20.2.0/24", ipv6: "fdaa:bbcc:dd22::/64" });
    expect(
      (await host.run("bash", ["-c", await oneshotScript(moved, readFileSync(moved.specFile, "utf8"))], { reject: false })).exitCode,
    ).toBe(0);
    await host.podman(["run", "-d", "--name", moved.untouched[0]!, "--network", moved.network, host.probeImage, "sleep", "600"]);
    const result = await check(moved.specFile, ["--json"]);
    expect(result.exitCode).toBe(1);
    const untouched = JSON.parse(result.stdout).criteria.filter((c: { id: string }) => c.id === "untouched");
    expect(untouched[0]).toMatchObject({ status: "fail", subject: moved.untouched[0] });
    expect(untouched[0].evidence).toContain(moved.network);
  });

  it("removes the throwaway container when interrupted with Ctrl-C", async () => {
    // A destination that never answers keeps the check busy inside the container.
    const child = host.podnet(checkArgs(story.specFile, ["--echo6", `http://[${simulated.v6Destination}]:81/`, "--timeout", "30"]));
    let seen: string[] = [];
    for (let i = 0; i < 100 && seen.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      seen = await leftovers();
    }
    expect(seen).toHaveLength(1);
    child.kill("SIGINT");
    const result = await child;
    expect(result.exitCode).toBe(130);
    expect(await leftovers()).toEqual([]);
  });

  it("a Ctrl-C while podman is still creating the probe container leaves no container behind", async () => {
    // A podman whose `run` ignores SIGINT/SIGTERM for its first second (as podman itself forwards
    // them to the container) and then creates the container: removing it by name before that
    // call is dead would miss it. The check must kill the call outright first.
    const dir = mkdtempSync(path.join(tmpdir(), "podnet-slowpodman-"));
    const creating = path.join(dir, "creating");
    const wrapper = path.join(dir, "podman");
    const realPodman = (await execa("sh", ["-c", "command -v podman"])).stdout.trim();
    writeFileSync(
      wrapper,
      `#!/bin/sh\nif [ "$1" = run ]; then trap '' INT TERM; : > '${creating}'; sleep 1; fi\nexec '${realPodman}' "$@"\n`,
    );
    chmodSync(wrapper, 0o755);
    try {
      const never = ["--echo6", `http://[${simulated.v6Destination}]:81/`, "--timeout", "30"];
      const child = host.podnet(checkArgs(story.specFile, ["--podman", wrapper, ...never]));
      for (let i = 0; i < 200 && !existsSync(creating); i++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(existsSync(creating)).toBe(true);
      child.kill("SIGINT");
      expect((await child).exitCode).toBe(130);
      // Had the call lived on, its container would exist by now (1 s of waiting, then podman run).
      await new Promise((resolve) => setTimeout(resolve, 3000));
      expect(await leftovers()).toEqual([]);
    } finally {
      for (const name of await leftovers()) await host.podman(["rm", "--force", "--time", "0", name]);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("expects no egress from an internal network and no IPv4 on an ipv6-only one", async () => {
    const { simSpec, moduleOf } = await import("../support/simspec.js");
    const spec = simSpec(host, "kinds", {
      sealed: { ipv4: "172.20.5.0/24", ipv6: "fdaa:bbcc:dd25::/64", internal: true },
      only6: { mode: "ipv6-only", ipv6: "fdaa:bbcc:dd26::/64" },
    });
    for (const script of Object.values((await moduleOf(spec.specFile)).scripts)) {
      expect((await host.run("bash", ["-c", script], { reject: false })).exitCode).toBe(0);
    }
    const result = await check(spec.specFile, ["--json"]);
    expect(result.exitCode, result.stdout).toBe(0);
    const byNetwork = (name: string) =>
      Object.fromEntries(
        JSON.parse(result.stdout)
          .criteria.filter((c: { subject: string }) => c.subject === name)
          .map((c: { id: string; status: string }) => [c.id, c.status]),
      );
    expect(byNetwork(spec.names.sealed!)).toEqual({
      "network-exists": "pass",
      subnets: "pass",
      "ipv6-reach": "pass",
      "nat66-source": "skip",
      "ipv4-reach": "pass",
    });
    expect(byNetwork(spec.names.only6!)).toEqual({
      "network-exists": "pass",
      subnets: "pass",
      "ipv6-reach": "pass",
      "nat66-source": "pass",
      "ipv4-reach": "skip",
    });
    const sealedReach = JSON.parse(result.stdout).criteria.find(
      (c: { subject: string; id: string }) => c.subject === spec.names.sealed && c.id === "ipv6-reach",
    );
    expect(sealedReach.evidence).toContain("no IPv6 egress, as internal: true says");
  });

  it("leaks no container over a loop of interrupted runs", async () => {
    const { default: fc } = await import("fast-check");
    const { seed } = await import("../support/fuzz.js");
    const delays = fc.sample(fc.integer({ min: 200, max: 2500 }), { seed, numRuns: 6 });
    for (const delay of delays) {
      const child = host.podnet(checkArgs(story.specFile, ["--echo6", `http://[${simulated.v6Destination}]:81/`, "--timeout", "30"]));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill(delay % 2 ? "SIGINT" : "SIGTERM");
      await child;
    }
    expect(await leftovers()).toEqual([]);
    const networks = (await host.podman(["network", "ls", "--format", "{{.Name}}"])).stdout.split("\n").filter(Boolean);
    expect(networks.every((name) => name === "podman" || name.endsWith(host.id))).toBe(true);
  });

  it("exits 2 with a clear message when podman is missing", async () => {
    const result = await check(story.specFile, ["--podman", "/nonexistent/podman"]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("/nonexistent/podman is not installed or not on PATH");
  });
});
