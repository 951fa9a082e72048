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
  podmanCli,
  readFirewall,
  reportCriteria,
  withPodman
} from "./chunk-LLUDLM2F.js";
import "./chunk-UXTV7GKO.js";
import {
  UsageError,
  defaultIo,
  exitCodes
} from "./chunk-UYYARZLR.js";
import "./chunk-KW73ZV44.js";
import {
  halted,
  mapBounded
} from "./chunk-T2A7LUK5.js";
import "./chunk-56WBP2GW.js";
import "./chunk-SWBD3IF4.js";
import "./chunk-PP4YCQD2.js";
import "./chunk-4VMIDXTV.js";
import "./chunk-B26B2GMG.js";
import "./chunk-3NSS24ZZ.js";
import "./chunk-YDHEUPTJ.js";
import "./chunk-GBUKYKON.js";
import "./chunk-DTFT4EZT.js";
import {
  parseAddress
} from "./chunk-4AY7RP2N.js";
import "./chunk-YGBQ2C5R.js";
import "./chunk-PLONKWYQ.js";
import "./chunk-2AQNUPCB.js";
import "./chunk-JLHVTWXJ.js";

// src/prove/egress.ts
import { randomBytes } from "node:crypto";
function sameAddress(seen, expected) {
  const parsed = parseAddress(seen, "ipv6");
  return parsed.ok && parsed.value.value === expected.value;
}
async function whyNoEgress(subnet, uplink) {
  const configured = await configuredFirewallDriver();
  if (configured.driver === "none" || configured.driver === "firewalld") {
    return `. netavark's firewall driver is "${configured.driver}" (${configured.source}), which gives podnet networks no NAT66: use "iptables" or "nftables" (podnet check host explains)`;
  }
  const firewall = await readFirewall();
  const blocks = forwardBlocks(firewall.tables, { subnet, uplink }).map((block) => explainBlock(block, { subnet, uplink }));
  if (blocks.length > 0) return `. ${blocks.join("; ")}`;
  if (firewall.natText !== void 0 && !masqueradeCovers(firewall.natText, subnet.text)) {
    return `. Nothing masquerades ${subnet.text}: something flushed netavark's rules; \`podman network reload --all\` restores them`;
  }
  return "";
}
var probeScript = `marker=$1 seconds=$2; shift 2; for url in "$@"; do output=$(timeout "$seconds" wget -q -O - "$url" 2>&1); code=$?; printf '%s\\n%s %s\\n' "$output" "$marker" "$code"; done`;
function parseProbeOutput(stdout, marker) {
  const results = [];
  let lines = [];
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
var didNotRun = /* @__PURE__ */ new Set([125, 126, 127]);
async function checkNetwork(podman, host, network, options, probes) {
  const subject = network.name;
  const deadline = options.timeoutSeconds * 1e3;
  const criteria = [];
  const skipRest = (reason) => {
    for (const id of ["subnets", "ipv6-reach", "nat66-source", "ipv4-reach"]) {
      if (!criteria.some((c) => c.id === id)) criteria.push({ id, subject, status: "skip", evidence: reason });
    }
  };
  const inspected = await podman.run(["network", "inspect", network.name], deadline);
  if (inspected.exitCode !== 0) {
    criteria.push({
      id: "network-exists",
      subject,
      status: "fail",
      evidence: `podman has no network ${network.name}; start ${network.unitService} and read its journal (journalctl -u ${network.unitService})`
    });
    skipRest("network missing");
    return criteria;
  }
  criteria.push({ id: "network-exists", subject, status: "pass", evidence: `podman network ${network.name} exists` });
  const info = JSON.parse(inspected.stdout || "[]")[0] ?? {};
  const have = (info.subnets ?? []).map((s) => s.subnet).sort().join(" ");
  const subnetsOk = have === network.wantedSubnets && info.ipv6_enabled === true;
  criteria.push({
    id: "subnets",
    subject,
    status: subnetsOk ? "pass" : "fail",
    evidence: subnetsOk ? `${have}, IPv6 enabled` : `has ${have || "no subnets"}${info.ipv6_enabled ? "" : ", IPv6 disabled"}; the spec wants ${network.wantedSubnets}: restart ${network.unitService}`
  });
  const urls = network.mode === "ipv6-only" ? [options.echo6] : [options.echo6, options.echo4];
  const container = `podnet-check-${randomBytes(4).toString("hex")}`;
  const marker = `podnet-probe-${randomBytes(8).toString("hex")}`;
  let removedByPodman = false;
  let probe;
  if (probes.cancel.aborted) return halted();
  probes.live.add(container);
  try {
    const began = Date.now();
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
        ...urls
      ],
      deadline * (5 + urls.length) + 5e3,
      probes.cancel
    );
    probes.running.add(run);
    const result = await run.finally(() => probes.running.delete(run));
    removedByPodman = !didNotRun.has(result.exitCode) && !probes.cancel.aborted;
    probe = { ...result, seconds: ((Date.now() - began) / 1e3).toFixed(1) };
  } finally {
    if (!removedByPodman) await podman.run(["rm", "--force", "--time", "0", container], 3e4).catch(() => podman.removeNow(container));
    probes.live.delete(container);
  }
  const fetched = parseProbeOutput(probe.stdout, marker);
  if (fetched.length === 0) {
    const why = `${probe.stderr}
${probe.stdout}`.trim().split("\n").at(-1) ?? "";
    skipRest(`probe container did not start: ${why || `exit ${probe.exitCode}`}`);
    return criteria;
  }
  const ended = { exitCode: -1, output: "the probe container ended before this fetch" };
  const [v6 = ended, v4 = ended] = fetched;
  const complaint = (result) => `exit ${result.exitCode}${result.output.trim() ? `: ${result.output.trim().split("\n").at(-1)}` : ""}`;
  const seen = v6.output.trim();
  if (network.internal) {
    criteria.push(
      v6.exitCode === 0 ? {
        id: "ipv6-reach",
        subject,
        status: "fail",
        evidence: `fetched ${options.echo6}, but the network is internal and must have no egress`
      } : {
        id: "ipv6-reach",
        subject,
        status: "pass",
        evidence: `no IPv6 egress, as internal: true says (${options.echo6} unreachable)`
      }
    );
    criteria.push({ id: "nat66-source", subject, status: "skip", evidence: "internal network: no NAT66" });
  } else {
    criteria.push(
      v6.exitCode === 0 ? { id: "ipv6-reach", subject, status: "pass", evidence: `fetched ${options.echo6} (probe ran ${probe.seconds}s)` } : {
        id: "ipv6-reach",
        subject,
        status: "fail",
        evidence: `cannot fetch ${options.echo6} (${complaint(v6)})${await whyNoEgress(network.ipv6, host.uplinkInterface)}`
      }
    );
    const expected = host.uplink.address;
    criteria.push(
      v6.exitCode !== 0 ? { id: "nat66-source", subject, status: "skip", evidence: "no IPv6 answer to compare" } : sameAddress(seen, expected) ? { id: "nat66-source", subject, status: "pass", evidence: `the destination saw ${seen}, the uplink address` } : {
        id: "nat66-source",
        subject,
        status: "fail",
        evidence: `the destination saw ${JSON.stringify(seen.slice(0, 80))}, expected the uplink address ${expected.text}`
      }
    );
  }
  if (network.mode === "ipv6-only") {
    criteria.push({ id: "ipv4-reach", subject, status: "skip", evidence: "ipv6-only network: no IPv4" });
  } else {
    const reached = v4.exitCode === 0;
    criteria.push(
      network.internal ? {
        id: "ipv4-reach",
        subject,
        status: reached ? "fail" : "pass",
        evidence: reached ? `fetched ${options.echo4}, but the network is internal` : "no IPv4 egress, as internal: true says"
      } : {
        id: "ipv4-reach",
        subject,
        status: reached ? "pass" : "fail",
        evidence: reached ? `fetched ${options.echo4} (probe ran ${probe.seconds}s)` : `cannot fetch ${options.echo4} (${complaint(v4)})${network.ipv4 ? await whyNoEgress(network.ipv4, host.uplinkInterface) : ""}`
      }
    );
  }
  return criteria;
}
async function checkUntouched(podman, name, timeoutSeconds) {
  const attached = await containerNetworks(podman, name, timeoutSeconds * 1e3);
  if (attached === void 0)
    return {
      id: "untouched",
      subject: name,
      status: "skip",
      evidence: "no such container right now (stopped containers are removed by oci-containers)"
    };
  const networks = attached.sort();
  return networks.length === 1 && networks[0] === "podman" ? { id: "untouched", subject: name, status: "pass", evidence: "on podman's default network only" } : {
    id: "untouched",
    subject: name,
    status: "fail",
    evidence: `on ${networks.join(", ") || "no network"}; it should be on podman's default network only`
  };
}
var concurrentNetworks = 4;
async function checkEgress(podman, host, options) {
  const networks = host.networks.filter((network) => options.network === void 0 || network.name === options.network);
  const cancel = new AbortController();
  const probes = { live: /* @__PURE__ */ new Set(), running: /* @__PURE__ */ new Set(), cancel: cancel.signal };
  let interruptedWith;
  const removeAllAndExit = (code) => {
    for (const container of probes.live) podman.removeNow(container);
    process.exit(code);
  };
  const onSignal = (signal) => {
    if (interruptedWith !== void 0) removeAllAndExit(interruptedWith);
    interruptedWith = signal === "SIGINT" ? 130 : 143;
    const code = interruptedWith;
    cancel.abort();
    const waited = new Promise((resolve) => setTimeout(resolve, 1e4).unref());
    void Promise.race([Promise.allSettled([...probes.running]), waited]).then(() => removeAllAndExit(code));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    const [forwarding, perNetwork, untouched] = await Promise.all([
      checkForwarding(options.forwardingFile ?? forwardingSysctl),
      mapBounded(networks, concurrentNetworks, (network) => checkNetwork(podman, host, network, options, probes)),
      Promise.all(host.untouched.map((name) => checkUntouched(podman, name, options.timeoutSeconds)))
    ]);
    return [forwarding, ...perNetwork.flat(), ...untouched];
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

// src/cli/check-egress.ts
async function runCheckEgress(file, options, io = defaultIo) {
  const host = await hostToCheck(file, options.host, io);
  if (!host) return exitCodes.findings;
  if (options.network !== void 0 && !host.networks.some((n) => n.name === options.network)) {
    throw new UsageError(`host ${host.host} has no network ${options.network} (networks: ${host.networks.map((n) => n.name).join(", ")})`);
  }
  const timeoutSeconds = Number(options.timeout);
  if (!Number.isInteger(timeoutSeconds) || timeoutSeconds < 1 || timeoutSeconds > 600)
    throw new UsageError(`--timeout must be whole seconds from 1 to 600, got ${options.timeout}`);
  const criteria = await withPodman(
    () => checkEgress(podmanCli(options.podman), host, {
      echo6: options.echo6,
      echo4: options.echo4,
      probeImage: options.probeImage,
      timeoutSeconds,
      ...options.network === void 0 ? {} : { network: options.network }
    })
  );
  return reportCriteria(io, host, criteria, options.json, {
    ok: `host ${host.host}: all ${criteria.length} criteria passed or skipped`,
    failed: (n) => `host ${host.host}: ${n} of ${criteria.length} criteria failed`
  });
}
export {
  runCheckEgress
};
