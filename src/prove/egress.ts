/**
 * `podnet check egress`: proves on a deployed host that each podnet network does what the spec
 * says. One throwaway container per network fetches from operator-named echo endpoints; it is
 * always removed, also on timeout, failure and Ctrl-C.
 */
import { randomBytes } from "node:crypto";
import type { Subnet } from "../compile/net/cidr.js";
import { type Address, parseAddress } from "../compile/net/cidr.js";
import type { HostPlan, NetworkPlan } from "../compile/plan.js";
import { configuredFirewallDriver } from "./containers-conf.js";
import { type Criterion, checkForwarding, forwardingSysctl } from "./criteria.js";
import { readFirewall } from "./firewall.js";
import { explainBlock, forwardBlocks } from "./forward.js";
import { masqueradeCovers } from "./nat.js";
import type { Podman } from "./podman.js";

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
  if (firewall.natText !== undefined && !masqueradeCovers(firewall.natText, subnet.text)) {
    return `. Nothing masquerades ${subnet.text}: something flushed netavark's rules; \`podman network reload --all\` restores them`;
  }
  return "";
}

async function checkNetwork(
  podman: Podman,
  host: HostPlan,
  network: NetworkPlan,
  options: EgressOptions,
  track: (name: string | undefined) => void,
): Promise<Criterion[]> {
  const subject = network.name;
  const deadline = options.timeoutSeconds * 1000;
  const criteria: Criterion[] = [];
  const skipRest = (reason: string) => {
    for (const id of ["subnets", "ipv6-reach", "nat66-source", "ipv4-reach"]) {
      if (!criteria.some((c) => c.id === id)) criteria.push({ id, subject, status: "skip", evidence: reason });
    }
  };

  const exists = await podman.run(["network", "exists", network.name], deadline);
  if (exists.exitCode !== 0) {
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

  const inspected = await podman.run(["network", "inspect", network.name], deadline);
  const info = (JSON.parse(inspected.stdout || "[]") as Array<{ subnets?: Array<{ subnet: string }>; ipv6_enabled?: boolean }>)[0] ?? {};
  const have = (info.subnets ?? [])
    .map((s) => s.subnet)
    .sort()
    .join(" ");
  const subnetsOk = have === network.wantedSubnets && info.ipv6_enabled === true;
  criteria.push({
    id: "subnets",
    subject,
    status: subnetsOk ? "pass" : "fail",
    evidence: subnetsOk
      ? `${have}, IPv6 enabled`
      : `has ${have || "no subnets"}${info.ipv6_enabled ? "" : ", IPv6 disabled"}; the spec wants ${network.wantedSubnets}: restart ${network.unitService}`,
  });

  const container = `podnet-check-${randomBytes(4).toString("hex")}`;
  track(container);
  try {
    // --rm as a second line of defence: even if this process is killed hard, the container goes
    // away by itself when its sleep ends.
    const sleepFor = String(Math.max(30, options.timeoutSeconds * 4));
    const started = await podman.run(
      ["run", "--detach", "--rm", "--name", container, "--network", network.name, options.probeImage, "sleep", sleepFor],
      deadline * 6,
    );
    if (started.exitCode !== 0) {
      skipRest(`probe container did not start: ${started.stderr.trim().split("\n").at(-1) ?? ""}`);
      return criteria;
    }
    const fetch = async (url: string) => {
      const began = Date.now();
      const result = await podman.run(
        ["exec", container, "timeout", String(options.timeoutSeconds), "wget", "-q", "-O", "-", url],
        deadline + 10_000,
      );
      return { ...result, seconds: ((Date.now() - began) / 1000).toFixed(1) };
    };

    const v6 = await fetch(options.echo6);
    const seen = v6.stdout.trim();
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
          ? { id: "ipv6-reach", subject, status: "pass", evidence: `fetched ${options.echo6} in ${v6.seconds}s` }
          : {
              id: "ipv6-reach",
              subject,
              status: "fail",
              evidence: `cannot fetch ${options.echo6} (exit ${v6.exitCode}${v6.stderr.trim() ? `: ${v6.stderr.trim().split("\n").at(-1)}` : ""})${await whyNoEgress(network.ipv6, host.uplinkInterface)}`,
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
      const v4 = await fetch(options.echo4);
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
                ? `fetched ${options.echo4} in ${v4.seconds}s`
                : `cannot fetch ${options.echo4} (exit ${v4.exitCode})${network.ipv4 ? await whyNoEgress(network.ipv4, host.uplinkInterface) : ""}`,
            },
      );
    }
    return criteria;
  } finally {
    await podman.run(["rm", "--force", "--time", "0", container], 30_000).catch(() => podman.removeNow(container));
    track(undefined);
  }
}

async function checkUntouched(podman: Podman, name: string, timeoutSeconds: number): Promise<Criterion> {
  const result = await podman.run(
    ["container", "inspect", "--format", "{{range $name, $_ := .NetworkSettings.Networks}}{{$name}} {{end}}", name],
    timeoutSeconds * 1000,
  );
  if (result.exitCode !== 0)
    return {
      id: "untouched",
      subject: name,
      status: "skip",
      evidence: "no such container right now (stopped containers are removed by oci-containers)",
    };
  const networks = result.stdout.trim().split(/\s+/u).filter(Boolean).sort();
  return networks.length === 1 && networks[0] === "podman"
    ? { id: "untouched", subject: name, status: "pass", evidence: "on podman's default network only" }
    : {
        id: "untouched",
        subject: name,
        status: "fail",
        evidence: `on ${networks.join(", ") || "no network"}; it should be on podman's default network only`,
      };
}

/** Runs every criterion; the throwaway container is removed on every path, including signals. */
export async function checkEgress(podman: Podman, host: HostPlan, options: EgressOptions): Promise<Criterion[]> {
  const networks = host.networks.filter((network) => options.network === undefined || network.name === options.network);
  let live: string | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (live) podman.removeNow(live);
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const criteria: Criterion[] = [await checkForwarding(options.forwardingFile ?? forwardingSysctl)];
    for (const network of networks) criteria.push(...(await checkNetwork(podman, host, network, options, (name) => (live = name))));
    for (const name of host.untouched) criteria.push(await checkUntouched(podman, name, options.timeoutSeconds));
    return criteria;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}
