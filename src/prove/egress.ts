/**
 * `podnet check egress`: proves on a deployed host that each podnet network does what the spec
 * says. One throwaway container per network fetches from operator-named echo endpoints; it is
 * always removed, also on timeout, failure and Ctrl-C.
 */
import { randomBytes } from "node:crypto";
import { halted, mapBounded } from "../compile/concurrency.js";
import type { Subnet } from "../compile/net/cidr.js";
import { type Address, parseAddress } from "../compile/net/cidr.js";
import { type HostPlan, type NetworkPlan, wantedList } from "../compile/plan.js";
import { configuredFirewallDriver } from "./containers-conf.js";
import type { CriterionOf } from "./criteria.js";
import { readFirewall } from "./firewall.js";
import { explainBlock, forwardBlocks } from "./forward.js";
import { masqueradeCovers } from "./nat.js";
import { containerNetworks, type Podman, parseNetworkInspect } from "./podman.js";
import { checkForwarding, forwardingSysctl } from "./sysctl.js";

export interface EgressOptions {
  /** URL of an IPv6-only endpoint that answers with the client's address. */
  readonly echo6: string;
  /** URL of an IPv4 endpoint (its body is not interpreted). */
  readonly echo4: string;
  readonly probeImage: string;
  readonly timeoutSeconds: number;
  /** Only this network (default: all of the host's networks). */
  readonly network?: string;
  /** Where the forwarding sysctl is read (a file path, so tests and odd hosts can point elsewhere). */
  readonly forwardingFile?: string;
}

/** The echo endpoint's answer names `expected`, compared as addresses (any IPv6 spelling). */
function sameAddress(seen: string, expected: Address): boolean {
  const parsed = parseAddress(seen, "ipv6");
  return parsed.ok && parsed.value.value === expected.value;
}

/**
 * What on this host stops the subnet's egress, when the packet filter shows it: a forward chain
 * that drops by default (Docker's, NixOS's filterForward), a missing masquerade, or a firewall
 * driver that cannot NAT. Empty when nothing is found (the cause is then outside: routing, the
 * upstream, the endpoint).
 */
async function whyNoEgress(subnet: Subnet, uplink: string): Promise<string> {
  const configured = await configuredFirewallDriver();
  if (configured.driver === "none" || configured.driver === "firewalld") {
    return `. netavark's firewall driver is "${configured.driver}" (${configured.source}), which gives podnet networks no NAT66: use "iptables" or "nftables" (podnet check host explains)`;
  }
  const firewall = await readFirewall();
  const blocks = forwardBlocks(firewall.tables, { subnet, uplink }).map((block) => explainBlock(block, { subnet, uplink }));
  if (blocks.length > 0) return `. ${blocks.join("; ")}`;
  if (firewall.natText !== undefined && !masqueradeCovers(firewall.natText, subnet)) {
    return `. Nothing masquerades ${subnet.text}: something flushed netavark's rules; \`podman network reload --all\` restores them`;
  }
  return "";
}

/**
 * The probe container's whole job, as one constant script: fetch each URL with a deadline and
 * frame what wget printed with its exit code, so one container run answers every fetch. The URLs
 * are positional parameters, never spliced into the script.
 */
export const probeScript =
  'marker=$1 seconds=$2; shift 2; for url in "$@"; do output=$(timeout "$seconds" wget -q -O - "$url" 2>&1); code=$?; printf \'%s\\n%s %s\\n\' "$output" "$marker" "$code"; done';

export interface Fetched {
  readonly exitCode: number;
  /** The body on success, wget's complaint otherwise. */
  readonly output: string;
}

/** Splits the probe's stdout into one result per URL; a URL the probe never got to is missing. */
export function parseProbeOutput(stdout: string, marker: string): Fetched[] {
  const results: Fetched[] = [];
  let lines: string[] = [];
  const frame = new RegExp(`^${marker} (\\d+)$`, "u");
  for (const line of stdout.split("\n")) {
    const end = frame.exec(line);
    if (end) {
      results.push({ exitCode: Number(end[1]), output: lines.join("\n") });
      lines = [];
    } else lines.push(line);
  }
  return results;
}

/** podman's own exit codes for a container that never ran its command (podman-run(1)). */
const didNotRun = new Set([125, 126, 127]);

async function checkNetwork(
  podman: Podman,
  host: HostPlan,
  network: NetworkPlan,
  options: EgressOptions,
  probes: Probes,
): Promise<CriterionOf<"egress">[]> {
  const subject = network.name;
  const deadline = options.timeoutSeconds * 1000;
  const criteria: CriterionOf<"egress">[] = [];
  const skipRest = (reason: string) => {
    for (const id of ["subnets", "ipv6-reach", "nat66-source", "ipv4-reach"] as const) {
      if (!criteria.some((c) => c.id === id)) criteria.push({ id, subject, status: "skip", evidence: reason });
    }
  };

  // One call answers both "does it exist" and "what does it hold": inspect fails for a missing network.
  const inspected = await podman.run(["network", "inspect", network.name], deadline);
  if (inspected.exitCode !== 0) {
    criteria.push({
      id: "network-exists",
      subject,
      status: "fail",
      evidence: `podman has no network ${network.name}; start ${network.unitService} and read its journal (journalctl -u ${network.unitService})`,
    });
    skipRest("network missing");
    return criteria;
  }
  criteria.push({ id: "network-exists", subject, status: "pass", evidence: `podman network ${network.name} exists` });

  const info = parseNetworkInspect(inspected.stdout);
  if (!info.ok) {
    criteria.push({ id: "subnets", subject, status: "fail", evidence: `podman network inspect ${network.name} ${info.reason}` });
    skipRest("podman's view of the network is unreadable");
    return criteria;
  }
  // Compared in canonical form: podman's spelling of a subnet does not matter, its value does.
  const have = wantedList(info.value.subnets.map((s) => s.subnet));
  const subnetsOk = have === network.wantedSubnets && info.value.ipv6Enabled;
  criteria.push({
    id: "subnets",
    subject,
    status: subnetsOk ? "pass" : "fail",
    evidence: subnetsOk
      ? `${have}, IPv6 enabled`
      : `has ${have || "no subnets"}${info.value.ipv6Enabled ? "" : ", IPv6 disabled"}; the spec wants ${network.wantedSubnets}: restart ${network.unitService}`,
  });

  const urls = network.mode === "ipv6-only" ? [options.echo6] : [options.echo6, options.echo4];
  const container = `podnet-check-${randomBytes(4).toString("hex")}`;
  const marker = `podnet-probe-${randomBytes(8).toString("hex")}`;
  let removedByPodman = false;
  let probe: { exitCode: number; stdout: string; stderr: string; seconds: string };
  // An interrupted check starts no more containers.
  if (probes.cancel.aborted) return halted();
  probes.live.add(container);
  try {
    const began = Date.now();
    // --rm: podman removes the container when the script ends, and the script's every fetch is
    // bounded by `timeout`, so even a check killed hard leaves nothing behind for long. The
    // deadline allows for starting the container (an image pull included) and every fetch.
    const run = podman.run(
      [
        "run",
        "--rm",
        "--name",
        container,
        "--network",
        network.name,
        options.probeImage,
        "sh",
        "-c",
        probeScript,
        "probe",
        marker,
        String(options.timeoutSeconds),
        ...urls,
      ],
      deadline * (5 + urls.length) + 5_000,
      probes.cancel,
    );
    probes.running.add(run);
    const result = await run.finally(() => probes.running.delete(run));
    removedByPodman = !didNotRun.has(result.exitCode) && !probes.cancel.aborted;
    probe = { ...result, seconds: ((Date.now() - began) / 1000).toFixed(1) };
  } finally {
    if (!removedByPodman) await podman.run(["rm", "--force", "--time", "0", container], 30_000).catch(() => podman.removeNow(container));
    probes.live.delete(container);
  }

  const fetched = parseProbeOutput(probe.stdout, marker);
  if (fetched.length === 0) {
    const why = `${probe.stderr}\n${probe.stdout}`.trim().split("\n").at(-1) ?? "";
    skipRest(`probe container did not start: ${why || `exit ${probe.exitCode}`}`);
    return criteria;
  }
  const ended = { exitCode: -1, output: "the probe container ended before this fetch" };
  const [v6 = ended, v4 = ended] = fetched;
  const complaint = (result: Fetched) =>
    `exit ${result.exitCode}${result.output.trim() ? `: ${result.output.trim().split("\n").at(-1)}` : ""}`;

  const seen = v6.output.trim();
  if (network.internal) {
    // internal: true promises no egress; reaching out is the failure.
    criteria.push(
      v6.exitCode === 0
        ? {
            id: "ipv6-reach",
            subject,
            status: "fail",
            evidence: `fetched ${options.echo6}, but the network is internal and must have no egress`,
          }
        : {
            id: "ipv6-reach",
            subject,
            status: "pass",
            evidence: `no IPv6 egress, as internal: true says (${options.echo6} unreachable)`,
          },
    );
    criteria.push({ id: "nat66-source", subject, status: "skip", evidence: "internal network: no NAT66" });
  } else {
    criteria.push(
      v6.exitCode === 0
        ? { id: "ipv6-reach", subject, status: "pass", evidence: `fetched ${options.echo6} (probe ran ${probe.seconds}s)` }
        : {
            id: "ipv6-reach",
            subject,
            status: "fail",
            evidence: `cannot fetch ${options.echo6} (${complaint(v6)})${await whyNoEgress(network.ipv6, host.uplinkInterface)}`,
          },
    );
    const expected = host.uplink.address;
    criteria.push(
      v6.exitCode !== 0
        ? { id: "nat66-source", subject, status: "skip", evidence: "no IPv6 answer to compare" }
        : sameAddress(seen, expected)
          ? { id: "nat66-source", subject, status: "pass", evidence: `the destination saw ${seen}, the uplink address` }
          : {
              id: "nat66-source",
              subject,
              status: "fail",
              evidence: `the destination saw ${JSON.stringify(seen.slice(0, 80))}, expected the uplink address ${expected.text}`,
            },
    );
  }

  if (network.mode === "ipv6-only") {
    criteria.push({ id: "ipv4-reach", subject, status: "skip", evidence: "ipv6-only network: no IPv4" });
  } else {
    const reached = v4.exitCode === 0;
    criteria.push(
      network.internal
        ? {
            id: "ipv4-reach",
            subject,
            status: reached ? "fail" : "pass",
            evidence: reached ? `fetched ${options.echo4}, but the network is internal` : "no IPv4 egress, as internal: true says",
          }
        : {
            id: "ipv4-reach",
            subject,
            status: reached ? "pass" : "fail",
            evidence: reached
              ? `fetched ${options.echo4} (probe ran ${probe.seconds}s)`
              : `cannot fetch ${options.echo4} (${complaint(v4)})${network.ipv4 ? await whyNoEgress(network.ipv4, host.uplinkInterface) : ""}`,
          },
    );
  }
  return criteria;
}

async function checkUntouched(podman: Podman, name: string, timeoutSeconds: number): Promise<CriterionOf<"egress">> {
  const attached = await containerNetworks(podman, name, timeoutSeconds * 1000);
  if (attached === undefined)
    return {
      id: "untouched",
      subject: name,
      status: "skip",
      evidence: "no such container right now (stopped containers are removed by oci-containers)",
    };
  const networks = attached.sort();
  return networks.length === 1 && networks[0] === "podman"
    ? { id: "untouched", subject: name, status: "pass", evidence: "on podman's default network only" }
    : {
        id: "untouched",
        subject: name,
        status: "fail",
        evidence: `on ${networks.join(", ") || "no network"}; it should be on podman's default network only`,
      };
}

/** How many networks are checked at once: each runs one container; more would only queue on podman's locks. */
const concurrentNetworks = 4;

/** The throwaway containers of one check: started, not yet known removed, and the `podman run` calls under way. */
interface Probes {
  readonly live: Set<string>;
  readonly running: Set<Promise<unknown>>;
  /** Aborted by a signal: every `podman run` is killed and no new one starts. */
  readonly cancel: AbortSignal;
}

/**
 * Runs every criterion, the networks concurrently (at most `concurrentNetworks` at a time).
 * Every throwaway container is removed on every path, including signals.
 */
export async function checkEgress(podman: Podman, host: HostPlan, options: EgressOptions): Promise<CriterionOf<"egress">[]> {
  const networks = host.networks.filter((network) => options.network === undefined || network.name === options.network);
  const cancel = new AbortController();
  const probes: Probes = { live: new Set(), running: new Set(), cancel: cancel.signal };
  let interruptedWith: number | undefined;
  const removeAllAndExit = (code: number): never => {
    for (const container of probes.live) podman.removeNow(container);
    process.exit(code);
  };
  // Removing a container while its `podman run` may still be creating it could miss it: the calls
  // are killed first and waited for (briefly), so nothing can create a container after the removal.
  const onSignal = (signal: NodeJS.Signals) => {
    if (interruptedWith !== undefined) removeAllAndExit(interruptedWith);
    interruptedWith = signal === "SIGINT" ? 130 : 143;
    const code = interruptedWith;
    cancel.abort();
    const waited = new Promise((resolve) => setTimeout(resolve, 10_000).unref());
    void Promise.race([Promise.allSettled([...probes.running]), waited]).then(() => removeAllAndExit(code));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    const [forwarding, perNetwork, untouched] = await Promise.all([
      checkForwarding(options.forwardingFile ?? forwardingSysctl),
      mapBounded(networks, concurrentNetworks, (network) => checkNetwork(podman, host, network, options, probes)),
      Promise.all(host.untouched.map((name) => checkUntouched(podman, name, options.timeoutSeconds))),
    ]);
    return [forwarding, ...perNetwork.flat(), ...untouched];
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}
