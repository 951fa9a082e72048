/**
 * The oneshot script, exactly as the generated module ships it (pulled out with nix-instantiate),
 * run against real podman 4.3 + netavark in a simulated host.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { compile } from "../../src/compile/pipeline.js";
import { root } from "../support/files.js";
import { evalModule } from "../support/nix.js";
import { createSimHost, type SimHost, simulated } from "../support/simhost.js";
import { oneshotScript, simStory, stackPodmanVersion } from "../support/simspec.js";
import { type Throwaways, throwawaysFor } from "../support/throwaway.js";
import { describeWith } from "../support/tools.js";

const exampleModule = path.join(root, "examples/hosts/web-arm/podnet.nix");

/** The example's module as the spec with `podman.version` would generate it. */
function exampleFor(version: string): string {
  const spec = readFileSync(path.join(root, "examples/web-arm.yaml"), "utf8").replace(
    "    untouched:",
    `    podman: { version: "${version}" }\n    untouched:`,
  );
  const compiled = compile(path.join(root, "examples/web-arm.yaml"), spec);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "podnet-example-")), "podnet.nix");
  writeFileSync(file, compiled.hosts[0]!.content);
  return file;
}
const tools = { commands: ["podman", "nix-instantiate", "nsenter", "ip", "busybox"], root: true };

describeWith(tools, "oneshot script on real podman", () => {
  let host: SimHost;
  let throwaways: Throwaways;
  beforeAll(async () => {
    host = await createSimHost();
    throwaways = await throwawaysFor(host);
  });
  afterAll(async () => {
    await throwaways?.close();
    await host?.destroy();
  });

  const runScript = (script: string) => host.run("bash", ["-c", script], { reject: false });
  const inspect = async (network: string) => JSON.parse((await host.podman(["network", "inspect", network])).stdout)[0];
  /** A throwaway container (testcontainers lifecycle) fetches `url`; always stopped and removed. */
  const fetchFrom = async (network: string | undefined, url: string) => {
    const container = await throwaways.start(network);
    try {
      return await container.exec(["timeout", "5", "wget", "-q", "-O", "-", url]);
    } finally {
      await container.stop();
    }
  };

  it("creates the network with both subnets, then changes nothing on the second and third run", async () => {
    const story = simStory(host, "idem");
    const script = await oneshotScript(story, readFileSync(story.specFile, "utf8"));
    // What runs here is the web-arm example's shipped script (for podman 5, whose dns it
    // compares); only the network's name is unique per run. podman 4.3 has no dns, so on that
    // stack it is the example compiled for podman 4.3.
    const example = stackPodmanVersion === "4.3" ? exampleFor("4.3") : exampleModule;
    const shipped = await evalModule(example, `module.systemd.services."podnet-network-v6egress".script`);
    expect(script.replaceAll(story.network, "v6egress")).toBe(shipped);

    const first = await runScript(script);
    expect(first.exitCode, first.stderr).toBe(0);
    expect(first.stdout).toContain(`created network ${story.network}`);
    const created = await inspect(story.network);
    expect(created.subnets).toEqual([
      { subnet: "10.89.0.0/24", gateway: "10.89.0.1" },
      { subnet: "fdaa:bbcc:ddee::/64", gateway: "fdaa:bbcc:ddee::1" },
    ]);
    expect(created.ipv6_enabled).toBe(true);
    expect(created.labels).toEqual({ "io.podnet.managed": "true" });

    for (const run of [2, 3]) {
      const again = await runScript(script);
      expect(again.exitCode, `run ${run}: ${again.stderr}`).toBe(0);
      expect(again.stdout).toContain("is up to date");
      expect((await inspect(story.network)).id).toBe(created.id);
    }
  });

  it("a container on the network reaches the v6-only destination, which sees the host's address (NAT66)", async () => {
    const story = simStory(host, "egress", { ipv4: "10.89.3.0/24", ipv6: "fdaa:bbcc:dd03::/64" });
    expect((await runScript(await oneshotScript(story, readFileSync(story.specFile, "utf8")))).exitCode).toBe(0);

    const v6 = await fetchFrom(story.network, `http://[${simulated.v6Destination}]/`);
    expect(v6.exitCode, v6.output).toBe(0);
    expect(v6.output.trim()).toBe(simulated.hostUplink);

    const v4 = await fetchFrom(story.network, `http://${simulated.v4Destination}/`);
    expect(v4.exitCode, v4.output).toBe(0);
    expect(v4.output.trim()).toBe(simulated.hostUplink4);
  });

  it("a container on podman's default network cannot reach the v6-only destination", async () => {
    // podman's default network is IPv4-only: no global IPv6 address, so no route to the destination.
    // (How the fetch fails differs by stack: "Network is unreachable" or a timeout.)
    const onDefault = await fetchFrom(undefined, `http://[${simulated.v6Destination}]/`);
    expect(onDefault.exitCode).not.toBe(0);
    expect(onDefault.output).not.toContain(simulated.hostUplink);
    const container = await throwaways.start(undefined);
    try {
      const addresses = await container.exec(["ip", "-6", "addr", "show", "scope", "global"]);
      expect(addresses.output.trim()).toBe("");
    } finally {
      await container.stop();
    }
  });

  it("recreates a drifted network that podnet made and no container uses", async () => {
    const story = simStory(host, "drift", { ipv4: "10.89.1.0/24", ipv6: "fdaa:bbcc:dd01::/64" });
    expect((await runScript(await oneshotScript(story, readFileSync(story.specFile, "utf8")))).exitCode).toBe(0);
    const before = await inspect(story.network);

    const changed = readFileSync(story.specFile, "utf8").replace("10.89.1.0/24", "10.89.4.0/24");
    const result = await runScript(await oneshotScript(story, changed));
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toContain("no container uses it, recreating it");
    const after = await inspect(story.network);
    expect(after.id).not.toBe(before.id);
    expect(after.subnets.map((s: { subnet: string }) => s.subnet)).toEqual(["10.89.4.0/24", "fdaa:bbcc:dd01::/64"]);
  });

  it("refuses to touch a drifted network while a container is attached, and leaves the container running", async () => {
    const story = simStory(host, "busy", { ipv4: "10.89.5.0/24", ipv6: "fdaa:bbcc:dd05::/64" });
    expect((await runScript(await oneshotScript(story, readFileSync(story.specFile, "utf8")))).exitCode).toBe(0);
    await host.podman(["run", "-d", "--name", story.throwaway, "--network", story.network, host.probeImage, "sleep", "600"]);
    const before = await inspect(story.network);

    const changed = readFileSync(story.specFile, "utf8").replace("10.89.5.0/24", "10.89.6.0/24");
    const result = await runScript(await oneshotScript(story, changed));
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`network ${story.network} has 10.89.5.0/24 fdaa:bbcc:dd05::/64`);
    expect(result.stderr).toContain("the spec wants 10.89.6.0/24 fdaa:bbcc:dd05::/64");
    expect(result.stderr).toContain(`containers attached: ${story.throwaway}`);
    expect((await inspect(story.network)).id).toBe(before.id);
    const state = await host.podman(["container", "inspect", "--format", "{{.State.Running}}", story.throwaway]);
    expect(state.stdout.trim()).toBe("true");
  });

  it("refuses to recreate a drifted network podnet did not create", async () => {
    const story = simStory(host, "foreign", { ipv4: "10.89.7.0/24", ipv6: "fdaa:bbcc:dd07::/64" });
    await host.podman(["network", "create", "--ipv6", "--subnet", "10.89.8.0/24", "--subnet", "fdaa:bbcc:dd07::/64", story.network]);
    const result = await runScript(await oneshotScript(story, readFileSync(story.specFile, "utf8")));
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain("podnet did not create it");
    expect((await inspect(story.network)).subnets[0].subnet).toBe("10.89.8.0/24");
  });

  it("leaves no throwaway container behind", async () => {
    const names = (await host.podman(["ps", "--all", "--format", "{{.Names}}"])).stdout.split("\n").filter((n) => n.includes("-tc-"));
    expect(names).toEqual([]);
  });

  it("fails with podman's own message when podman refuses to create the network", async () => {
    const story = simStory(host, "taken", { ipv4: "10.89.9.0/24", ipv6: "fdaa:bbcc:dd09::/64" });
    // Something else (compose, a manual create) already took the subnet: the pool pitfall.
    await host.podman(["network", "create", "--subnet", "10.89.9.0/24", host.name("squatter")]);
    const result = await runScript(await oneshotScript(story, readFileSync(story.specFile, "utf8")));
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`podnet: could not create network ${story.network} (10.89.9.0/24 fdaa:bbcc:dd09::/64)`);
    expect(result.stderr).toMatch(/subnet 10\.89\.9\.0\/24 is already used/u);
  });
});
