/**
 * Docker beside podman, as on web-arm: the real Docker daemon with IPv6 firewalling runs in the
 * simulated host and sets the iptables and ip6tables FORWARD policy to DROP. The module's
 * podnet-docker-forward unit (its script pulled out of the generated module with real Nix, run
 * here as systemd would) keeps the podnet network's IPv4 and IPv6 egress under the firewall driver
 * of this run, across Docker restarts, and changes nothing else. Runs on the trixie stack, under
 * both drivers.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { type Dockerd, startDockerd } from "../support/docker.js";
import { evalNixos } from "../support/nix.js";
import { createSimHost, type SimHost, simulated } from "../support/simhost.js";
import { moduleOf, oneshotScript, type SimStory, simStory } from "../support/simspec.js";
import { describeWith } from "../support/tools.js";

const tools = {
  commands: [
    "dockerd",
    "podman",
    "nix-instantiate",
    "nsenter",
    "ip",
    "busybox",
    "iptables",
    "ip6tables",
    "iptables-save",
    "findmnt",
    "nft",
    "python3",
  ],
  root: true,
};

describeWith(tools, "Docker on the same host", () => {
  let host: SimHost;
  let docker: Dockerd;
  let story: SimStory;
  let unit: { script: string; after: string[]; wantedBy: string[]; partOf?: string[]; preStop?: string };

  const checkEgress = async () => {
    const result = await host.podnet(["check", "egress", story.specFile, "--json", ...host.egressFlags(4)]);
    const report = JSON.parse(String(result.stdout)) as {
      ok: boolean;
      criteria: Array<{ id: string; subject: string; status: string; evidence: string }>;
    };
    return {
      exitCode: result.exitCode,
      ok: report.ok,
      status: (id: string) => report.criteria.find((c) => c.id === id && c.subject === story.network)!,
    };
  };
  const checkHost = async () => {
    const result = await host.podnet(["check", "host", story.specFile, "--json"]);
    const report = JSON.parse(String(result.stdout)) as {
      criteria: Array<{ id: string; subject: string; status: string; evidence: string }>;
    };
    return (id: string) => report.criteria.find((c) => c.id === id && c.subject === story.network)!;
  };
  // As systemd runs a NixOS unit's script: bash with -e.
  const runUnit = (script: string) => host.run("bash", ["-e", "-c", script], { reject: false });
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
    const evaluated = await evalNixos(
      moduleFile,
      nixos,
      `{ inherit (toplevel) sysctlConf; unit = config.systemd.services.podnet-docker-forward; }`,
    );
    if (!evaluated.ok) throw new Error(evaluated.error);
    unit = (evaluated.value as { unit: typeof unit }).unit;
  });
  afterAll(async () => {
    await docker?.stop();
    await host?.destroy();
  });

  it("is a unit started with Docker, after it, that does not take its rules away when it or Docker stops", () => {
    expect(unit).toMatchObject({ wantedBy: ["docker.service"], after: ["docker.service"] });
    // Docker keeps its DROP policy while stopped and keeps DOCKER-USER across restarts: removing
    // podnet's rules on stop would only cut egress.
    expect(unit.partOf).toBeUndefined();
    expect(unit.preStop).toBeUndefined();
  });

  /** How many packets from the internet with a podnet source get past every forward filter. */
  const spoofedForwarded = async () => {
    const counter = path.join(host.dir, "probe.nft");
    writeFileSync(
      counter,
      "table inet podnet_probe {\n  chain seen {\n    type filter hook forward priority 100; policy accept;\n    ip6 saddr fdaa:bbcc:dd40::99 counter\n  }\n}\n",
    );
    await host.run("nft", ["delete", "table", "inet", "podnet_probe"], { reject: false });
    await host.run("nft", ["-f", counter]);
    await host.runIn(host.wanNetns, "ip", ["-6", "addr", "replace", "fdaa:bbcc:dd40::99/128", "dev", "uplink0", "nodad"]);
    await host.runIn(host.wanNetns, "ip", ["-6", "route", "replace", "fdaa:bbcc:dd40::/64", "via", simulated.hostUplink]);
    await host.runIn(host.wanNetns, "python3", [
      "-c",
      "import socket\ns = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)\ns.bind(('fdaa:bbcc:dd40::99', 0))\nfor _ in range(5): s.sendto(b'spoofed', ('fdaa:bbcc:dd40::10', 9000))",
    ]);
    const listed = String((await host.run("nft", ["list", "table", "inet", "podnet_probe"])).stdout);
    await host.runIn(host.wanNetns, "ip", ["-6", "addr", "del", "fdaa:bbcc:dd40::99/128", "dev", "uplink0"], { reject: false });
    await host.run("nft", ["delete", "table", "inet", "podnet_probe"], { reject: false });
    return Number(/counter packets (\d+)/u.exec(listed)?.[1] ?? "0");
  };
  let spoofedBefore = -1;

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
    expect(forward.evidence).toContain(
      "ip6 filter chain FORWARD drops forwarded traffic by default and nothing in it accepts fdaa:bbcc:dd40::/64",
    );
    expect(forward.evidence).toContain("podnet-docker-forward");
  });

  it("with the module's unit: NAT66 source and IPv4 egress pass under this driver, and Docker's own state is untouched", async () => {
    spoofedBefore = await spoofedForwarded();
    const before = await dockerState();
    const first = await runUnit(unit.script);
    expect(first.exitCode, String(first.stderr)).toBe(0);
    expect(first.stdout).toContain("ip6tables DOCKER-USER now accepts the podnet networks' egress and replies");
    // Idempotent: a second run changes nothing.
    const rules = async () =>
      String((await host.run("ip6tables", ["-S", "DOCKER-USER"])).stdout) +
      String((await host.run("iptables", ["-S", "DOCKER-USER"])).stdout);
    const after = await rules();
    const second = await runUnit(unit.script);
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toContain("ip6tables DOCKER-USER is up to date");
    expect(await rules()).toBe(after);
    const ours = after.split("\n").filter((l) => l.includes("fdaa:bbcc:dd40::/64"));
    const has = (line: string | undefined, ...parts: string[]) => parts.every((part) => line?.includes(part));
    expect(ours, after).toHaveLength(2);
    expect(
      ours.some((l) => has(l, "-s fdaa:bbcc:dd40::/64", "-i podman+", "-o uplink0", "-j ACCEPT")),
      after,
    ).toBe(true);
    expect(
      ours.some((l) => has(l, "-d fdaa:bbcc:dd40::/64", "-i uplink0", "-o podman+", "RELATED,ESTABLISHED", "-j ACCEPT")),
      after,
    ).toBe(true);

    const egress = await checkEgress();
    expect(egress.status("nat66-source")).toMatchObject({ status: "pass" });
    expect(egress.status("nat66-source").evidence).toContain(simulated.hostUplink);
    expect(egress.status("ipv4-reach").status).toBe("pass");
    expect((await checkHost())("forward").status).toBe("pass");
    expect(await dockerState()).toEqual(before);
    for (const name of story.untouched) {
      const networks = await host.podman([
        "container",
        "inspect",
        "--format",
        "{{range $n, $_ := .NetworkSettings.Networks}}{{$n}} {{end}}",
        name,
      ]);
      expect(String(networks.stdout).trim()).toBe("podman");
    }
  });

  it("still passes after Docker restarts (Docker keeps DOCKER-USER; the unit, run again, changes nothing)", async () => {
    await docker.restart();
    expect((await checkEgress()).status("nat66-source").status).toBe("pass");
    const rerun = await runUnit(unit.script);
    expect(rerun.exitCode).toBe(0);
    expect(rerun.stdout).toContain("ip6tables DOCKER-USER is up to date");
    expect((await checkEgress()).status("nat66-source").status).toBe("pass");
  });

  it("a container on podman's default network still cannot reach the v6-only destination", async () => {
    const fetched = await host.podman(
      ["run", "--rm", host.probeImage, "timeout", "4", "wget", "-q", "-O", "-", `http://[${simulated.v6Destination}]/`],
      { reject: false },
    );
    expect(fetched.exitCode).not.toBe(0);
    expect(String(fetched.stdout)).not.toContain(simulated.hostUplink);
  });

  it("opens no way in: a packet from the internet with a podnet source is forwarded no more than without podnet's rules", async () => {
    expect(spoofedBefore).toBeGreaterThanOrEqual(0);
    expect(await spoofedForwarded()).toBe(spoofedBefore);
  });

  it("follows a changed spec: rules for a subnet the spec no longer has go, the new ones come, Docker's stay", async () => {
    const before = await dockerState();
    const changed = path.join(host.dir, "dock-changed.yaml");
    writeFileSync(
      changed,
      readFileSync(story.specFile, "utf8")
        .replace("fdaa:bbcc:dd40::/64", "fdaa:bbcc:dd41::/64")
        .replace(/output: .*/u, "output: hosts/dock-changed/podnet.nix"),
    );
    const { moduleFile } = await moduleOf(changed);
    const declared = [story.throwaway, ...story.untouched].map((name) => `${JSON.stringify(name)}.image = "p";`).join(" ");
    const evaluated = await evalNixos(
      moduleFile,
      `{ ... }: { virtualisation.podman.enable = true; virtualisation.docker.enable = true; virtualisation.oci-containers.containers = { ${declared} }; }`,
      "config.systemd.services.podnet-docker-forward.script",
    );
    const reconciled = await runUnit(evaluated.value as string);
    expect(reconciled.exitCode, String(reconciled.stderr)).toBe(0);
    const left = String((await host.run("ip6tables", ["-S", "DOCKER-USER"])).stdout);
    expect(left).not.toContain("fdaa:bbcc:dd40::/64");
    expect(left.split("\n").filter((l) => l.includes("fdaa:bbcc:dd41::/64"))).toHaveLength(2);
    expect(await dockerState()).toEqual(before);
  });

  it("follows a spec whose network has no egress any more: the unit stays and takes podnet's rules out of both families", async () => {
    const before = await dockerState();
    const marked = async () =>
      [
        ...String((await host.run("iptables", ["-S", "DOCKER-USER"])).stdout).split("\n"),
        ...String((await host.run("ip6tables", ["-S", "DOCKER-USER"])).stdout).split("\n"),
      ].filter((line) => line.includes("podnet:"));
    expect(await marked()).not.toEqual([]);
    const spec = parse(readFileSync(story.specFile, "utf8"));
    for (const config of Object.values(spec.hosts) as Array<{ output: string; networks: Record<string, { internal?: boolean }> }>) {
      config.networks[story.network]!.internal = true;
      config.output = "hosts/dock-internal/podnet.nix";
    }
    const internal = path.join(host.dir, "dock-internal.yaml");
    writeFileSync(internal, stringify(spec));
    const { moduleFile } = await moduleOf(internal);
    const declared = [story.throwaway, ...story.untouched].map((name) => `${JSON.stringify(name)}.image = "p";`).join(" ");
    const evaluated = await evalNixos(
      moduleFile,
      `{ ... }: { virtualisation.podman.enable = true; virtualisation.docker.enable = true; virtualisation.oci-containers.containers = { ${declared} }; }`,
      "config.systemd.services.podnet-docker-forward.script",
    );
    expect(evaluated.ok, evaluated.ok ? "" : evaluated.error).toBe(true);
    const emptied = await runUnit(evaluated.value as string);
    expect(emptied.exitCode, String(emptied.stderr)).toBe(0);
    expect(emptied.stdout).toContain("ip6tables DOCKER-USER no longer holds podnet rules");
    expect(await marked()).toEqual([]);
    const again = await runUnit(evaluated.value as string);
    expect(again.exitCode).toBe(0);
    expect(again.stdout).toContain("ip6tables DOCKER-USER is up to date");
    expect(await dockerState()).toEqual(before);
  });
});
