import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  checkForwarding,
  configuredFirewallDriver,
  containerNetworks,
  explainBlock,
  forwardBlocks,
  forwardingSysctl,
  hostToCheck,
  masqueradeCovers,
  netavarkDriverSeen,
  podmanCli,
  readFirewall,
  reportCriteria,
  runTool,
  withPodman
} from "./chunk-LLUDLM2F.js";
import "./chunk-UXTV7GKO.js";
import {
  defaultIo,
  exitCodes
} from "./chunk-UYYARZLR.js";
import "./chunk-KW73ZV44.js";
import "./chunk-56WBP2GW.js";
import "./chunk-SWBD3IF4.js";
import "./chunk-PP4YCQD2.js";
import "./chunk-4VMIDXTV.js";
import "./chunk-B26B2GMG.js";
import "./chunk-3NSS24ZZ.js";
import "./chunk-YDHEUPTJ.js";
import "./chunk-GBUKYKON.js";
import {
  decodeHostFacts,
  explainFactsFinding,
  factsFindings
} from "./chunk-EV4J24KI.js";
import "./chunk-DTFT4EZT.js";
import "./chunk-4AY7RP2N.js";
import "./chunk-YGBQ2C5R.js";
import "./chunk-PLONKWYQ.js";
import "./chunk-2AQNUPCB.js";
import "./chunk-JLHVTWXJ.js";

// src/prove/host.ts
import { readFile as readFile2, stat } from "node:fs/promises";

// src/prove/networkd.ts
import { readFile } from "node:fs/promises";
function networkdLinkOf(json, iface) {
  let parsed;
  try {
    parsed = JSON.parse(json);
  } catch {
    return void 0;
  }
  const links = Array.isArray(parsed?.Interfaces) ? parsed.Interfaces : [parsed];
  const link = links.find((entry) => entry?.Name === iface);
  if (!link || typeof link.NetworkFile !== "string" || link.NetworkFile === "" || link.AdministrativeState === "unmanaged")
    return void 0;
  const dropins = Array.isArray(link.NetworkFileDropins) ? link.NetworkFileDropins.filter((d) => typeof d === "string") : [];
  return { networkFile: link.NetworkFile, dropins };
}
var yes = /* @__PURE__ */ new Set(["1", "yes", "y", "true", "t", "on"]);
var no = /* @__PURE__ */ new Set(["0", "no", "n", "false", "f", "off"]);
function ipv6AcceptRa(files) {
  let setting = { value: void 0 };
  for (const { file, text } of files) {
    let section = "";
    for (const raw of text.split(/\r?\n/u)) {
      const line = raw.trim();
      if (line === "" || line.startsWith("#") || line.startsWith(";")) continue;
      const header = /^\[(.+)\]$/u.exec(line);
      if (header) {
        section = header[1];
        continue;
      }
      const assignment = /^IPv6AcceptRA\s*=\s*(.*)$/u.exec(line);
      if (section !== "Network" || !assignment) continue;
      const word = assignment[1].trim().toLowerCase();
      setting = word === "" ? { value: void 0 } : { value: yes.has(word) ? true : no.has(word) ? false : void 0, file };
    }
  }
  return setting;
}
async function readNetworkFiles(link) {
  const files = [];
  for (const file of [link.networkFile, ...link.dropins]) {
    const text = await readFile(file, "utf8").catch(() => void 0);
    if (text !== void 0) files.push({ file, text });
  }
  return files;
}

// src/prove/host.ts
async function sysctl(path) {
  return readFile2(path, "utf8").then((text) => text.trim()).catch(() => void 0);
}
function describeNetworkDrift(network, inspected) {
  const problems = [];
  const subnets = (inspected.subnets ?? []).map((s) => s.subnet).sort().join(" ");
  if (subnets !== network.wantedSubnets) problems.push(`podman has subnets ${subnets || "none"}, the spec wants ${network.wantedSubnets}`);
  const gateways = (inspected.subnets ?? []).map((s) => s.gateway ?? "").sort().join(" ");
  if (subnets === network.wantedSubnets && gateways !== network.wantedGateways)
    problems.push(`gateways are ${gateways}, the spec wants ${network.wantedGateways}`);
  if (inspected.ipv6_enabled !== true) problems.push("IPv6 is disabled on it");
  const wantInternal = network.internal;
  if (Boolean(inspected.internal) !== wantInternal)
    problems.push(wantInternal ? "it is not internal, so it has egress the spec forbids" : "it is internal, so it has no egress");
  if ((inspected.options?.isolate ?? "") !== network.isolate)
    problems.push(`isolate is "${inspected.options?.isolate ?? ""}", the spec wants "${network.isolate}"`);
  if ((inspected.options?.mtu ?? "") !== network.mtu)
    problems.push(`mtu is "${inspected.options?.mtu ?? ""}", the spec wants "${network.mtu}"`);
  const dns = [...inspected.network_dns_servers ?? []].sort().join(" ");
  if (network.checksDns && dns !== network.wantedDns) problems.push(`dns servers are "${dns}", the spec wants "${network.wantedDns}"`);
  return problems;
}
async function checkNetwork(podman, network, firewall, uplink, booted) {
  const nat = firewall.natText;
  const subject = network.name;
  const found = [];
  const unit = booted ? await runTool("systemctl", ["is-active", network.unitService]) : { missing: true, stdout: "", exitCode: 1 };
  found.push(
    unit.missing ? { id: "unit", subject, status: "skip", evidence: "systemd is not running here, so there is no unit to ask" } : unit.stdout.trim() === "active" ? { id: "unit", subject, status: "pass", evidence: `${network.unitService} is active` } : {
      id: "unit",
      subject,
      status: "fail",
      evidence: `${network.unitService} is ${unit.stdout.trim() || "unknown"}: its log says why (journalctl -u ${network.unitService}); containers that require it do not start`
    }
  );
  const inspected = await podman.run(["network", "inspect", network.name], 15e3);
  if (inspected.exitCode !== 0) {
    found.push({
      id: "network",
      subject,
      status: "fail",
      evidence: `podman has no network ${network.name}: the oneshot has not run or failed; start ${network.unitService} and read its journal`
    });
    return found;
  }
  const info = JSON.parse(inspected.stdout)[0] ?? {};
  const drift = describeNetworkDrift(network, info);
  found.push(
    drift.length === 0 ? { id: "network", subject, status: "pass", evidence: `${network.wantedSubnets} (${network.wantedFlags}), as the spec says` } : {
      id: "network",
      subject,
      status: "fail",
      evidence: `${drift.join("; ")}. The network predates the current spec: restart ${network.unitService}; it recreates an unused network, or names the containers to stop first`
    }
  );
  const bridge = info.network_interface;
  const link = bridge ? await runTool("ip", ["-j", "link", "show", bridge]) : void 0;
  const state = link && link.exitCode === 0 ? JSON.parse(link.stdout)[0] : void 0;
  if (!bridge || !state) {
    found.push({
      id: "bridge",
      subject,
      status: "skip",
      evidence: `bridge ${bridge ?? "?"} does not exist yet: netavark creates it when the first container joins`
    });
    found.push({ id: "nat", subject, status: "skip", evidence: "no bridge yet, so no NAT rules yet" });
  } else {
    const up = (state.flags ?? []).includes("UP");
    found.push(
      up ? { id: "bridge", subject, status: "pass", evidence: `${bridge} is up` } : {
        id: "bridge",
        subject,
        status: "fail",
        evidence: `${bridge} exists but is down: restart a container on ${network.name}, or \`ip link set ${bridge} up\``
      }
    );
    if (network.internal) {
      found.push({ id: "nat", subject, status: "skip", evidence: "internal network: no masquerading by design" });
    } else if (nat === void 0) {
      found.push({ id: "nat", subject, status: "skip", evidence: "neither iptables-save nor nft is available to read the NAT rules" });
    } else {
      const missing = [network.ipv4?.text, network.ipv6.text].filter(
        (text) => text !== void 0 && !masqueradeCovers(nat, text)
      );
      found.push(
        missing.length === 0 ? {
          id: "nat",
          subject,
          status: "pass",
          evidence: `netavark's masquerade rules cover ${[network.ipv4?.text, network.ipv6.text].filter(Boolean).join(" and ")}`
        } : {
          id: "nat",
          subject,
          status: "fail",
          evidence: `nothing masquerades ${missing.join(" or ")} (${natPlace(firewall)}): something flushed netavark's rules (a firewall reload?); \`podman network reload --all\` restores them`
        }
      );
    }
  }
  if (!network.internal) found.push(checkForward(network, firewall, uplink));
  for (const container of network.containers) {
    const networks = await containerNetworks(podman, container.name, 15e3);
    if (networks === void 0) {
      found.push({ id: "container", subject: container.name, status: "skip", evidence: "not running right now" });
    } else {
      found.push(
        networks.includes(network.name) ? { id: "container", subject: container.name, status: "pass", evidence: `on ${network.name}` } : {
          id: "container",
          subject: container.name,
          status: "fail",
          evidence: `on ${networks.join(", ") || "no network"}, not ${network.name}: it was started before the module was switched to; restart ${container.fallbackServiceName}.service`
        }
      );
    }
  }
  return found;
}
async function checkAcceptRa(host) {
  const iface = host.uplinkInterface;
  const status = await runTool("networkctl", ["--json=short", "status", iface]);
  const link = status.missing || status.exitCode !== 0 ? void 0 : networkdLinkOf(status.stdout, iface);
  if (link) {
    const subject2 = `${iface} (systemd-networkd)`;
    const setting = ipv6AcceptRa(await readNetworkFiles(link));
    return setting.value === true ? {
      id: "accept-ra",
      subject: subject2,
      status: "pass",
      evidence: `networkd handles router advertisements on ${iface}: IPv6AcceptRA=yes in ${setting.file}`
    } : {
      id: "accept-ra",
      subject: subject2,
      status: "fail",
      evidence: `networkd manages ${iface} (${link.networkFile}) ${setting.value === false ? `with IPv6AcceptRA=no (${setting.file})` : "without IPv6AcceptRA=yes"}: once networkd's own IPv6 forwarding is on it ignores router advertisements and the SLAAC address goes; set IPv6AcceptRA=yes in its [Network] section (NixOS: systemd.network.networks.<name>.networkConfig.IPv6AcceptRA = true)`
    };
  }
  const value = await sysctl(`/proc/sys/net/ipv6/conf/${iface}/accept_ra`);
  const subject = `net.ipv6.conf.${iface}.accept_ra`;
  return value === "2" ? { id: "accept-ra", subject, status: "pass", evidence: `${subject} = 2, router advertisements still count with forwarding on` } : {
    id: "accept-ra",
    subject,
    status: "fail",
    evidence: `${subject} = ${value ?? "unreadable"}: with forwarding on, the SLAAC uplink ignores router advertisements and loses its address and default route`
  };
}
async function checkIpv6(host) {
  const id = "ipv6";
  const subject = "disable_ipv6";
  const isOn = (value) => value !== void 0 && value !== "0";
  const forNew = {
    all: await sysctl("/proc/sys/net/ipv6/conf/all/disable_ipv6"),
    default: await sysctl("/proc/sys/net/ipv6/conf/default/disable_ipv6")
  };
  if (forNew.all === void 0) {
    return {
      id,
      subject,
      status: "fail",
      evidence: "/proc/sys/net/ipv6 is missing: this kernel runs without IPv6 (ipv6.disable=1 on its command line?)"
    };
  }
  const forBridges = Object.entries(forNew).filter(([, value]) => isOn(value)).map(([name, value]) => `net.ipv6.conf.${name}.disable_ipv6 = ${value}`);
  const uplink = await sysctl(`/proc/sys/net/ipv6/conf/${host.uplinkInterface}/disable_ipv6`);
  const problems = [
    ...forBridges.length > 0 ? [
      `${forBridges.join(", ")}: netavark cannot give a new podnet bridge its IPv6 gateway, so no container on a new podnet network starts`
    ] : [],
    ...isOn(uplink) ? [`${host.uplinkDisableIpv6Key} = ${uplink}: the uplink has no IPv6 address to masquerade to`] : []
  ];
  if (problems.length > 0) {
    return {
      id,
      subject,
      status: "fail",
      evidence: `${problems.join("; ")}; set them to 0 (NixOS: networking.enableIPv6 = true, and no boot.kernel.sysctl definition that disables IPv6)`
    };
  }
  return {
    id,
    subject,
    status: "pass",
    evidence: uplink === void 0 ? `IPv6 is on for all interfaces and new ones (${host.uplinkInterface} not found: see the uplink criterion)` : `IPv6 is on for all interfaces, new ones and ${host.uplinkInterface}`
  };
}
function natPlace(firewall) {
  const driver = netavarkDriverSeen(firewall.tables);
  return driver === "nftables" ? "no POSTROUTING rule in table inet netavark, netavark's nftables driver, jumps to a chain that masquerades it" : "no iptables nat POSTROUTING rule leads to netavark's masquerade chain";
}
function checkForward(network, firewall, uplink) {
  const subject = network.name;
  const subnets = [network.ipv4, network.ipv6].filter((s) => s !== void 0);
  const problems = subnets.flatMap(
    (subnet) => forwardBlocks(firewall.tables, { subnet, uplink }).map((block) => explainBlock(block, { subnet, uplink }))
  );
  return problems.length === 0 ? { id: "forward", subject, status: "pass", evidence: `no forward chain drops traffic from ${subnets.map((s) => s.text).join(" or ")}` } : { id: "forward", subject, status: "fail", evidence: problems.join("; ") };
}
async function checkNetavarkDriver(firewall) {
  const configured = await configuredFirewallDriver();
  const seen = netavarkDriverSeen(firewall.tables);
  const subject = "netavark";
  if (configured.driver === "none") {
    return {
      id: "netavark-driver",
      subject,
      status: "fail",
      evidence: `firewall_driver = "none" (${configured.source}): netavark adds no masquerade and no forward rules, so podnet's networks have no egress; set it to "iptables" or "nftables" (NixOS: virtualisation.containers.containersConf.settings.network.firewall_driver) and run \`podman network reload --all\``
    };
  }
  if (configured.driver === "firewalld") {
    return {
      id: "netavark-driver",
      subject,
      status: "fail",
      evidence: `firewall_driver = "firewalld" (${configured.source}): netavark has firewalld masquerade the networks, and firewalld masquerades IPv4 only, so there is no NAT66; set it to "iptables" or "nftables"`
    };
  }
  const where = seen === "nftables" ? "its rules are in table inet netavark" : seen === "iptables" ? "its rules are in iptables' NETAVARK chains" : "no netavark rules yet (no container has joined a podman network)";
  return {
    id: "netavark-driver",
    subject,
    status: "pass",
    evidence: `${configured.driver ?? "default"} driver (${configured.source}); ${where}`
  };
}
async function checkHost(podman, host) {
  const criteria = [await checkForwarding(forwardingSysctl), await checkIpv6(host)];
  if (host.acceptRa2) criteria.push(await checkAcceptRa(host));
  const ipJson = async (args) => {
    const result = await runTool("ip", ["-j", ...args]);
    return result.exitCode === 0 ? JSON.parse(result.stdout || "[]") : [];
  };
  const decoded = decodeHostFacts({ addr: await ipJson(["addr"]), route: await ipJson(["route"]), route6: await ipJson(["-6", "route"]) });
  if (decoded.ok) {
    const findings = factsFindings(host, decoded.facts);
    const evidence = (finding) => {
      const { message, hint } = explainFactsFinding(host, finding, "this host");
      return `${message}; ${hint}`;
    };
    const uplink = findings.find((finding) => finding.rule === "facts-uplink-mismatch");
    criteria.push(
      uplink === void 0 ? {
        id: "uplink",
        subject: host.uplinkInterface,
        status: "pass",
        evidence: `${host.uplink.address.text} is on ${host.uplinkInterface}`
      } : { id: "uplink", subject: host.uplinkInterface, status: "fail", evidence: evidence(uplink) }
    );
    for (const finding of findings) {
      if (finding.rule === "facts-subnet-collision")
        criteria.push({ id: "subnet-collision", subject: finding.network, status: "fail", evidence: evidence(finding) });
    }
  }
  const firewall = await readFirewall();
  criteria.push(await checkNetavarkDriver(firewall));
  const booted = await stat("/run/systemd/system").then((info) => info.isDirectory()).catch(() => false);
  for (const network of host.networks) criteria.push(...await checkNetwork(podman, network, firewall, host.uplinkInterface, booted));
  return criteria;
}

// src/cli/check-host.ts
async function runCheckHost(file, options, io = defaultIo) {
  const host = await hostToCheck(file, options.host, io);
  if (!host) return exitCodes.findings;
  const criteria = await withPodman(() => checkHost(podmanCli(options.podman), host));
  return reportCriteria(io, host, criteria, options.json, {
    ok: `host ${host.host} matches the spec`,
    failed: (n) => `host ${host.host}: ${n} mismatch${n === 1 ? "" : "es"} with the spec`
  });
}
export {
  runCheckHost
};
