/**
 * Docker beside podman, as on web-arm: the real Docker daemon with IPv6 firewalling runs in the
 * simulated host and sets the iptables and ip6tables FORWARD policy to DROP. The module's
 * podnet-docker-forward unit (its script pulled out of the generated module with real Nix, run
 * here as systemd would) keeps the podnet network's IPv4 and IPv6 egress under the firewall driver
 * of this run, across Docker restarts, and changes nothing else. Runs on the trixie stack, under
 * both drivers.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startDockerd, type Dockerd } from "../support/docker.js";
import { evalNixos } from "../support/nix.js";
import { createSimHost, simulated, type SimHost } from "../support/simhost.js";
import { moduleOf, oneshotScript, simStory, type SimStory } from "../support/simspec.js";
import { describeWith } from "../support/tools.js";

const bin = path.resolve(import.meta.dirname, "../../bin/podnet.js");
const tools = { commands: ["dockerd", "podman", "nix-instantiate", "nsenter", "ip", "busybox", "iptables", "ip6tables", "iptables-save", "findmnt"], root: true };

describeWith(tools, "Docker on the same host", () => {
  let host: SimHost;
  let docker: Dockerd;
  let story: SimStory;
  let unit: { script: string; preStop: string; partOf: string[]; after: string[]; wantedBy: string[] };

  const checkEgress = async () => {
    const result = await host.run(
      process.execPath,
      [bin, "check", "egress", story.specFile, "--json", "--echo6", `http://[${simulated.v6Destination}]/`, "--echo4", `http://${simulated.v4Destination}/`, "--probe-image", host.probeImage, "--timeout", "4"],
      { reject: false },
    );
    const report = JSON.parse(String(result.stdout)) as { ok: boolean; criteria: Array<{ id: string; subject: string; status: string; evidence: string }> };
    return { exitCode: result.exitCode, ok: report.ok, status: (id: string) => report.criteria.find((c) => c.id === id && c.subject === story.network)! };
  };
  const checkHost = async () => {
    const result = await host.run(process.execPath, [bin, "check", "host", story.specFile, "--json"], { reject: false });
    const report = JSON.parse(String(result.stdout)) as { criteria: Array<{ id: string; subject: string; status: string; evidence: string }> };
    return (id: string) => report.criteria.find((c) => c.id === id && c.subject === story.network)!;
  };
  const runUnit = (script: string) => host.run("bash", ["-c", script], { reject: false });
  /** Docker's own state: its networks, and every filter rule except DOCKER-USER's. */
  const dockerState = async () => ({
    networks: ((await docker.api("/networks")) as Array<{ Name: string; Id: string }>).map((n) => `${n.Name} ${n.Id}`).sort(),
    rules: [
      ...String((await host.run("iptables-save", ["-t", "filter"])).stdout).split("\n"),
      ...String((await host.run("ip6tables-save", ["-t", "filter"])).stdout).split("\n"),
    ].filter((line) => line.startsWith("-A ") && !line.startsWith("-A DOCKER-USER ") && !/NETAVARK/u.test(line)),
  });

  beforeAll(async () => {
    host = await createSimHost();
    docker = await startDockerd(host);
    story = simStory(host, "dock", { ipv4: "172.23.0.0/24", ipv6: "fdaa:bbcc:dd40::/64" });
    const created = await host.run("bash", ["-c", await oneshotScript(story, readFileSync(story.specFile, "utf8"))], { reject: false });
    if (created.exitCode !== 0) throw new Error(String(created.stderr));
    await host.run("sh", ["-c", "echo 1 > /proc/sys/net/ipv6/conf/all/forwarding"]);
    for (const name of story.untouched) await host.podman(["run", "-d", "--name", name, host.probeImage, "sleep", "900"]);

    const { moduleFile } = await moduleOf(story.specFile);
    const declared = [story.throwaway, ...story.untouched].map((name) => `${JSON.stringify(name)}.image = "p";`).join(" ");
    const nixos = `{ ... }: { virtualisation.podman.enable = true; virtualisation.docker.enable = true; virtualisation.oci-containers.containers = { ${declared} }; }`;
    const evaluated = await evalNixos(moduleFile, nixos, `{ inherit (toplevel) sysctlConf; unit = { inherit (config.systemd.services.podnet-docker-forward) script preStop partOf after wantedBy; }; }`);
    if (!evaluated.ok) throw new Error(evaluated.error);
    unit = (evaluated.value as { unit: typeof unit }).unit;
  });
  afterAll(async () => {
    await docker?.stop();
    await host?.destroy();
  });

  it("is a unit that follows Docker: started with it, after it, restarted with it", () => {
    expect(unit).toMatchObject({ wantedBy: ["docker.service"], after: ["docker.service"], partOf: ["docker.service"] });
  });

  it("without podnet's rules, the nftables driver loses egress to Docker's DROP, and both checks say so", async () => {
    const driver = await host.netavarkDriver();
    const egress = await checkEgress();
    if (driver === "iptables") {
      // netavark's iptables driver accepts its networks in FORWARD itself.
      expect(egress.ok, JSON.stringify(egress.status("ipv6-reach"))).toBe(true);
      expect((await checkHost())("forward").status).toBe("pass");
      return;
    }
    expect(egress.status("ipv6-reach").status).toBe("fail");
    expect(egress.status("ipv6-reach").evidence).toContain("Docker set that policy");
    expect(egress.status("ipv4-reach").status).toBe("fail");
    const forward = (await checkHost())("forward");
    expect(forward.status).toBe("fail");
    expect(forward.evidence).toContain("ip6 filter chain FORWARD drops forwarded traffic by default and nothing in it accepts fdaa:bbcc:dd40::/64");
    expect(forward.evidence).toContain("podnet-docker-forward");
  });

  it("with the module's unit: NAT66 source and IPv4 egress pass under this driver, and Docker's own state is untouched", async () => {
    const before = await dockerState();
    const first = await runUnit(unit.script);
    expect(first.exitCode, String(first.stderr)).toBe(0);
    expect(first.stdout).toContain("ip6tables DOCKER-USER: accepted -s fdaa:bbcc:dd40::/64");
    // Idempotent: a second run adds nothing.
    const second = await runUnit(unit.script);
    expect(second.exitCode).toBe(0);
    expect(second.stdout).not.toContain("accepted");
    expect((await host.run("ip6tables", ["-S", "DOCKER-USER"])).stdout.split("\n").filter((l) => l.includes("fdaa:bbcc:dd40::/64"))).toHaveLength(2);

    const egress = await checkEgress();
    expect(egress.status("nat66-source")).toMatchObject({ status: "pass" });
    expect(egress.status("nat66-source").evidence).toContain(simulated.hostUplink);
    expect(egress.status("ipv4-reach").status).toBe("pass");
    expect((await checkHost())("forward").status).toBe("pass");
    expect(await dockerState()).toEqual(before);
    for (const name of story.untouched) {
      const networks = await host.podman(["container", "inspect", "--format", "{{range $n, $_ := .NetworkSettings.Networks}}{{$n}} {{end}}", name]);
      expect(String(networks.stdout).trim()).toBe("podman");
    }
  });

  it("still passes after Docker restarts (its rules are re-created; the unit runs again, as partOf does)", async () => {
    await docker.restart();
    expect((await checkEgress()).status("nat66-source").status).toBe("pass");
    const rerun = await runUnit(unit.script);
    expect(rerun.exitCode).toBe(0);
    expect((await checkEgress()).status("nat66-source").status).toBe("pass");
  });

  it("a container on podman's default network still cannot reach the v6-only destination", async () => {
    const fetched = await host.podman(["run", "--rm", host.probeImage, "timeout", "4", "wget", "-q", "-O", "-", `http://[${simulated.v6Destination}]/`], { reject: false });
    expect(fetched.exitCode).not.toBe(0);
    expect(String(fetched.stdout)).not.toContain(simulated.hostUplink);
  });

  it("stopping the unit removes exactly podnet's rules", async () => {
    const before = await dockerState();
    const stopped = await runUnit(unit.preStop);
    expect(stopped.exitCode).toBe(0);
    const left = String((await host.run("ip6tables", ["-S", "DOCKER-USER"])).stdout) + String((await host.run("iptables", ["-S", "DOCKER-USER"])).stdout);
    expect(left).not.toContain("podnet");
    expect(await dockerState()).toEqual(before);
  });
});
