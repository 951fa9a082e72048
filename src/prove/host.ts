/**
 * `podnet check host`: reads a live host and explains, in plain words, every way it differs from
 * the spec. These are the troubleshooting steps operators otherwise run by hand: podman network
 * inspect, sysctls, the NAT rules, the bridge, the units, `ip addr`.
 */
import { stat } from "node:fs/promises";
import { ipv6ConfKey } from "../compile/network.js";
import { type HostPlan, type NetworkPlan, wantedList } from "../compile/plan.js";
import { configuredFirewallDriver } from "./containers-conf.js";
import type { CriterionOf } from "./criteria.js";
import { runTool } from "./exec.js";
import { decodeHostFacts, factsCriteria } from "./facts.js";
import { type LiveFirewall, readFirewall } from "./firewall.js";
import { explainBlock, forwardBlocks, netavarkDriverSeen } from "./forward.js";
import { masqueradeCovers } from "./nat.js";
import { ipv6AcceptRa, networkdLinkOf, readNetworkFiles } from "./networkd.js";
import { containerNetworks, type InspectedNetwork, type Podman, parseNetworkInspect } from "./podman.js";
import { checkForwarding, forwardingSysctl, ipv6ConfPath, readSysctl } from "./sysctl.js";

/** Every difference between what podman has and what the plan wants, in words; compared in canonical form. */
function describeNetworkDrift(network: NetworkPlan, inspected: InspectedNetwork): string[] {
  const problems: string[] = [];
  const subnets = wantedList(inspected.subnets.map((s) => s.subnet));
  if (subnets !== network.wantedSubnets) problems.push(`podman has subnets ${subnets || "none"}, the spec wants ${network.wantedSubnets}`);
  const gateways = inspected.subnets
    .map((s) => s.gateway?.text ?? "")
    .sort()
    .join(" ");
  if (subnets === network.wantedSubnets && gateways !== network.wantedGateways)
    problems.push(`gateways are ${gateways}, the spec wants ${network.wantedGateways}`);
  if (!inspected.ipv6Enabled) problems.push("IPv6 is disabled on it");
  const wantInternal = network.internal;
  if (inspected.internal !== wantInternal)
    problems.push(wantInternal ? "it is not internal, so it has egress the spec forbids" : "it is internal, so it has no egress");
  if (inspected.isolate !== network.isolate) problems.push(`isolate is "${inspected.isolate}", the spec wants "${network.isolate}"`);
  if (inspected.mtu !== network.mtu) problems.push(`mtu is "${inspected.mtu}", the spec wants "${network.mtu}"`);
  const dns = wantedList(inspected.dnsServers);
  if (network.checksDns && dns !== network.wantedDns) problems.push(`dns servers are "${dns}", the spec wants "${network.wantedDns}"`);
  return problems;
}

async function checkNetwork(
  podman: Podman,
  network: NetworkPlan,
  firewall: LiveFirewall,
  uplink: string,
  booted: boolean,
): Promise<CriterionOf<"host">[]> {
  const nat = firewall.natText;
  const subject = network.name;
  const found: CriterionOf<"host">[] = [];
  const unit = booted ? await runTool("systemctl", ["is-active", network.unitService]) : { missing: true, stdout: "", exitCode: 1 };
  found.push(
    unit.missing
      ? { id: "unit", subject, status: "skip", evidence: "systemd is not running here, so there is no unit to ask" }
      : unit.stdout.trim() === "active"
        ? { id: "unit", subject, status: "pass", evidence: `${network.unitService} is active` }
        : {
            id: "unit",
            subject,
            status: "fail",
            evidence: `${network.unitService} is ${unit.stdout.trim() || "unknown"}: its log says why (journalctl -u ${network.unitService}); containers that require it do not start`,
          },
  );

  const inspected = await podman.run(["network", "inspect", network.name], 15_000);
  if (inspected.exitCode !== 0) {
    found.push({
      id: "network",
      subject,
      status: "fail",
      evidence: `podman has no network ${network.name}: the oneshot has not run or failed; start ${network.unitService} and read its journal`,
    });
    return found;
  }
  const info = parseNetworkInspect(inspected.stdout);
  if (!info.ok) {
    found.push({ id: "network", subject, status: "fail", evidence: `podman network inspect ${network.name} ${info.reason}` });
    return found;
  }
  const drift = describeNetworkDrift(network, info.value);
  found.push(
    drift.length === 0
      ? { id: "network", subject, status: "pass", evidence: `${network.wantedSubnets} (${network.wantedFlags}), as the spec says` }
      : {
          id: "network",
          subject,
          status: "fail",
          evidence: `${drift.join("; ")}. The network predates the current spec: restart ${network.unitService}; it recreates an unused network, or names the containers to stop first`,
        },
  );

  const bridge = info.value.bridge;
  const link = bridge ? await runTool("ip", ["-j", "link", "show", bridge]) : undefined;
  const state = link && link.exitCode === 0 ? (JSON.parse(link.stdout) as Array<{ operstate?: string; flags?: string[] }>)[0] : undefined;
  if (!bridge || !state) {
    found.push({
      id: "bridge",
      subject,
      status: "skip",
      evidence: `bridge ${bridge ?? "?"} does not exist yet: netavark creates it when the first container joins`,
    });
    found.push({ id: "nat", subject, status: "skip", evidence: "no bridge yet, so no NAT rules yet" });
  } else {
    const up = (state.flags ?? []).includes("UP");
    found.push(
      up
        ? { id: "bridge", subject, status: "pass", evidence: `${bridge} is up` }
        : {
            id: "bridge",
            subject,
            status: "fail",
            evidence: `${bridge} exists but is down: restart a container on ${network.name}, or \`ip link set ${bridge} up\``,
          },
    );
    if (network.internal) {
      found.push({ id: "nat", subject, status: "skip", evidence: "internal network: no masquerading by design" });
    } else if (nat === undefined) {
      found.push({ id: "nat", subject, status: "skip", evidence: "neither iptables-save nor nft is available to read the NAT rules" });
    } else {
      const subnets = network.subnets;
      const missing = subnets.filter((subnet) => !masqueradeCovers(nat, subnet)).map((subnet) => subnet.text);
      const covered = subnets.map((subnet) => subnet.text).join(" and ");
      found.push(
        missing.length === 0
          ? { id: "nat", subject, status: "pass", evidence: `netavark's masquerade rules cover ${covered}` }
          : {
              id: "nat",
              subject,
              status: "fail",
              evidence: `nothing masquerades ${missing.join(" or ")} (${natPlace(firewall)}): something flushed netavark's rules (a firewall reload?); \`podman network reload --all\` restores them`,
            },
      );
    }
  }
  if (!network.internal) found.push(checkForward(network, firewall, uplink));

  for (const container of network.containers) {
    const networks = await containerNetworks(podman, container.name, 15_000);
    if (networks === undefined) {
      found.push({ id: "container", subject: container.name, status: "skip", evidence: "not running right now" });
    } else {
      found.push(
        networks.includes(network.name)
          ? { id: "container", subject: container.name, status: "pass", evidence: `on ${network.name}` }
          : {
              id: "container",
              subject: container.name,
              status: "fail",
              evidence: `on ${networks.join(", ") || "no network"}, not ${network.name}: it was started before the module was switched to; restart ${container.fallbackServiceName}.service`,
            },
      );
    }
  }
  return found;
}

/**
 * A SLAAC uplink keeps its address with forwarding on only if router advertisements still count:
 * the kernel's accept_ra = 2, or, on a link systemd-networkd manages, IPv6AcceptRA=yes.
 */
async function checkAcceptRa(host: HostPlan): Promise<CriterionOf<"host">> {
  const iface = host.uplinkInterface;
  const status = await runTool("networkctl", ["--json=short", "status", iface]);
  const link = status.missing || status.exitCode !== 0 ? undefined : networkdLinkOf(status.stdout, iface);
  if (link) {
    const subject = `${iface} (systemd-networkd)`;
    const setting = ipv6AcceptRa(await readNetworkFiles(link));
    return setting.value === true
      ? {
          id: "accept-ra",
          subject,
          status: "pass",
          evidence: `networkd handles router advertisements on ${iface}: IPv6AcceptRA=yes in ${setting.file}`,
        }
      : {
          id: "accept-ra",
          subject,
          status: "fail",
          evidence: `networkd manages ${iface} (${link.networkFile}) ${setting.value === false ? `with IPv6AcceptRA=no (${setting.file})` : "without IPv6AcceptRA=yes"}: once networkd's own IPv6 forwarding is on it ignores router advertisements and the SLAAC address goes; set IPv6AcceptRA=yes in its [Network] section (NixOS: systemd.network.networks.<name>.networkConfig.IPv6AcceptRA = true)`,
        };
  }
  // The path keeps the interface name as it is; the key shown is the plan's (eth0.100 → eth0/100).
  return kernelAcceptRa(host, await readSysctl(ipv6ConfPath(iface, "accept_ra")));
}

/** The kernel's accept_ra on the uplink (undefined: unreadable), named by its sysctl key. */
export function kernelAcceptRa(host: HostPlan, value: string | undefined): CriterionOf<"host"> {
  const subject = host.acceptRaKey;
  return value === "2"
    ? { id: "accept-ra", subject, status: "pass", evidence: `${subject} = 2, router advertisements still count with forwarding on` }
    : {
        id: "accept-ra",
        subject,
        status: "fail",
        evidence: `${subject} = ${value ?? "unreadable"}: with forwarding on, the SLAAC uplink ignores router advertisements and loses its address and default route`,
      };
}

/**
 * IPv6 switched off (disable_ipv6 is on for any non-zero value). For all interfaces or new ones
 * (NixOS: networking.enableIPv6 = false sets both), netavark cannot add a new bridge's IPv6
 * gateway, so no container on the network starts (measured: podman 4.3 and 5.4 both refuse with
 * "failed to add ipv6 address"); on the uplink, there is no IPv6 address to masquerade to.
 */
async function checkIpv6(host: HostPlan): Promise<CriterionOf<"host">> {
  const id = "ipv6";
  const subject = "disable_ipv6";
  const isOn = (value: string | undefined) => value !== undefined && value !== "0";
  const forNew = {
    all: await readSysctl(ipv6ConfPath("all", "disable_ipv6")),
    default: await readSysctl(ipv6ConfPath("default", "disable_ipv6")),
  };
  if (forNew.all === undefined) {
    return {
      id,
      subject,
      status: "fail",
      evidence: "/proc/sys/net/ipv6 is missing: this kernel runs without IPv6 (ipv6.disable=1 on its command line?)",
    };
  }
  const forBridges = Object.entries(forNew)
    .filter(([, value]) => isOn(value))
    .map(([name, value]) => `${ipv6ConfKey(name, "disable_ipv6")} = ${value}`);
  const uplink = await readSysctl(ipv6ConfPath(host.uplinkInterface, "disable_ipv6"));
  const problems = [
    ...(forBridges.length > 0
      ? [
          `${forBridges.join(", ")}: netavark cannot give a new podnet bridge its IPv6 gateway, so no container on a new podnet network starts`,
        ]
      : []),
    ...(isOn(uplink) ? [`${host.uplinkDisableIpv6Key} = ${uplink}: the uplink has no IPv6 address to masquerade to`] : []),
  ];
  if (problems.length > 0) {
    return {
      id,
      subject,
      status: "fail",
      evidence: `${problems.join("; ")}; set them to 0 (NixOS: networking.enableIPv6 = true, and no boot.kernel.sysctl definition that disables IPv6)`,
    };
  }
  return {
    id,
    subject,
    status: "pass",
    evidence:
      uplink === undefined
        ? `IPv6 is on for all interfaces and new ones (${host.uplinkInterface} not found: see the uplink criterion)`
        : `IPv6 is on for all interfaces, new ones and ${host.uplinkInterface}`,
  };
}

/** Where netavark's masquerade should be, for the driver its rules show. */
function natPlace(firewall: LiveFirewall): string {
  const driver = netavarkDriverSeen(firewall.tables);
  return driver === "nftables"
    ? "no POSTROUTING rule in table inet netavark, netavark's nftables driver, jumps to a chain that masquerades it"
    : "no iptables nat POSTROUTING rule leads to netavark's masquerade chain";
}

/** A forward chain that drops by default and accepts nothing from the network's subnets. */
function checkForward(network: NetworkPlan, firewall: LiveFirewall, uplink: string): CriterionOf<"host"> {
  const subject = network.name;
  const subnets = network.subnets;
  const problems = subnets.flatMap((subnet) =>
    forwardBlocks(firewall.tables, { subnet, uplink }).map((block) => explainBlock(block, { subnet, uplink })),
  );
  return problems.length === 0
    ? { id: "forward", subject, status: "pass", evidence: `no forward chain drops traffic from ${subnets.map((s) => s.text).join(" or ")}` }
    : { id: "forward", subject, status: "fail", evidence: problems.join("; ") };
}

/** Which firewall driver netavark is configured with and what its rules show; none and firewalld cannot NAT66. */
async function checkNetavarkDriver(firewall: LiveFirewall): Promise<CriterionOf<"host">> {
  const configured = await configuredFirewallDriver();
  const seen = netavarkDriverSeen(firewall.tables);
  const subject = "netavark";
  if (configured.driver === "none") {
    return {
      id: "netavark-driver",
      subject,
      status: "fail",
      evidence: `firewall_driver = "none" (${configured.source}): netavark adds no masquerade and no forward rules, so podnet's networks have no egress; set it to "iptables" or "nftables" (NixOS: virtualisation.containers.containersConf.settings.network.firewall_driver) and run \`podman network reload --all\``,
    };
  }
  if (configured.driver === "firewalld") {
    return {
      id: "netavark-driver",
      subject,
      status: "fail",
      evidence: `firewall_driver = "firewalld" (${configured.source}): netavark has firewalld masquerade the networks, and firewalld masquerades IPv4 only, so there is no NAT66; set it to "iptables" or "nftables"`,
    };
  }
  const where =
    seen === "nftables"
      ? "its rules are in table inet netavark"
      : seen === "iptables"
        ? "its rules are in iptables' NETAVARK chains"
        : "no netavark rules yet (no container has joined a podman network)";
  return {
    id: "netavark-driver",
    subject,
    status: "pass",
    evidence: `${configured.driver ?? "default"} driver (${configured.source}); ${where}`,
  };
}

export async function checkHost(podman: Podman, host: HostPlan): Promise<CriterionOf<"host">[]> {
  const criteria: CriterionOf<"host">[] = [await checkForwarding(forwardingSysctl), await checkIpv6(host)];
  if (host.acceptRa2) criteria.push(await checkAcceptRa(host));

  const ipJson = async (args: string[]) => {
    const result = await runTool("ip", ["-j", ...args]);
    return result.exitCode === 0 ? (JSON.parse(result.stdout || "[]") as unknown) : [];
  };
  const decoded = decodeHostFacts({ addr: await ipJson(["addr"]), route: await ipJson(["route"]), route6: await ipJson(["-6", "route"]) });
  if (decoded.ok) criteria.push(...factsCriteria(host, decoded.facts, "this host"));

  const firewall = await readFirewall();
  criteria.push(await checkNetavarkDriver(firewall));
  // sd_booted(): systemd is the init system exactly when /run/systemd/system exists.
  const booted = await stat("/run/systemd/system")
    .then((info) => info.isDirectory())
    .catch(() => false);
  for (const network of host.networks) criteria.push(...(await checkNetwork(podman, network, firewall, host.uplinkInterface, booted)));
  return criteria;
}
