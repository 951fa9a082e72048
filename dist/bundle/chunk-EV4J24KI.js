import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  ArraySchema,
  Number,
  String,
  Struct,
  Union,
  decodeUnknownResult,
  isSuccess,
  optionalKey
} from "./chunk-DTFT4EZT.js";
import {
  overlaps,
  parseAddress,
  parseSubnet,
  subnet
} from "./chunk-4AY7RP2N.js";
import {
  severityIn
} from "./chunk-YGBQ2C5R.js";

// src/prove/facts.ts
var AddrInfo = Struct({
  family: String,
  local: optionalKey(String),
  prefixlen: optionalKey(Number)
});
var Link = Struct({ ifname: String, addr_info: optionalKey(ArraySchema(AddrInfo)) });
var Route = Struct({ dst: String, dev: optionalKey(String) });
var HostFacts = Union([
  ArraySchema(Link),
  Struct({
    addr: ArraySchema(Link),
    route: optionalKey(ArraySchema(Route)),
    route6: optionalKey(ArraySchema(Route))
  })
]);
function decodeHostFacts(value) {
  const result = decodeUnknownResult(HostFacts)(value);
  return isSuccess(result) ? { ok: true, facts: result.success } : {
    ok: false,
    reason: "expected the JSON of `ip -j addr`, or an object { addr, route, route6 } holding `ip -j addr`, `ip -j route` and `ip -j -6 route`"
  };
}
function normalise(facts) {
  const { addr, route = [], route6 = [] } = "addr" in facts ? facts : { addr: facts };
  const routes = [...route, ...route6];
  return {
    links: addr.map((link) => ({
      ifname: link.ifname,
      // `ip -j` prints what the kernel has; anything that does not parse is not an address podnet compares.
      addresses: (link.addr_info ?? []).flatMap((info) => {
        if (info.local === void 0 || info.prefixlen === void 0) return [];
        const address = parseAddress(info.local);
        const subnet2 = parseSubnet(`${info.local}/${info.prefixlen}`);
        return address.ok && subnet2.ok ? [{ address: address.value, subnet: subnet2.value }] : [];
      })
    })),
    routes: routes.flatMap((route2) => {
      if (route2.dst === "default") return [];
      const text = route2.dst.includes("/") ? route2.dst : `${route2.dst}/${route2.dst.includes(":") ? 128 : 32}`;
      const subnet2 = parseSubnet(text);
      return subnet2.ok ? [{ subnet: subnet2.value, dev: route2.dev ?? "?" }] : [];
    })
  };
}
var linkLocal = [subnet("fe80::/10"), subnet("169.254.0.0/16")];
var defineFactsRule = (rule) => rule;
var ownBridge = (subnet2, other, dev) => /^(podman|cni-podman)\d*$/u.test(dev) && other.first === subnet2.first && other.last === subnet2.last;
var factsRules = [
  defineFactsRule({
    id: "facts-subnet-collision",
    severity: "error",
    summary: "A network subnet must not collide with the host's own addresses or routes (a VPN route into 10.89.0.0/16, a LAN on 172.20.0.0/24 \u2026).",
    check: (host, { links, routes }) => host.networks.flatMap(
      (network) => [network.ipv4, network.ipv6].filter((s) => s !== void 0).flatMap((subnet2) => {
        const clash = links.flatMap(
          (link) => link.addresses.filter(
            (a) => !linkLocal.some((l) => overlaps(l, a.subnet)) && overlaps(a.subnet, subnet2) && !ownBridge(subnet2, a.subnet, link.ifname)
          ).map((a) => `address ${a.address.text}/${a.subnet.prefix} on ${link.ifname}`)
        )[0] ?? routes.filter((r) => overlaps(r.subnet, subnet2) && !ownBridge(subnet2, r.subnet, r.dev)).map((r) => `route ${r.subnet.text} via ${r.dev}`)[0];
        return clash ? [{ rule: "facts-subnet-collision", network: network.name, subnet: subnet2, clash }] : [];
      })
    )
  }),
  defineFactsRule({
    id: "facts-uplink-mismatch",
    severity: "error",
    summary: "The uplink interface exists and carries the uplink address (the hint names the interface that does).",
    check: (host, { links }) => {
      const uplink = links.find((link) => link.ifname === host.uplinkInterface);
      const address = host.uplink.address;
      if (!uplink) return [{ rule: "facts-uplink-mismatch", problem: "no-interface", interfaces: links.map((l) => l.ifname) }];
      if (uplink.addresses.some((a) => a.address.value === address.value)) return [];
      const elsewhere = links.find((link) => link.addresses.some((a) => a.address.value === address.value))?.ifname;
      return [{ rule: "facts-uplink-mismatch", problem: "address-elsewhere", ...elsewhere === void 0 ? {} : { elsewhere } }];
    }
  })
];
function factsFindings(host, facts) {
  const normalised = normalise(facts);
  return factsRules.flatMap((rule) => rule.check(host, normalised));
}
function explainFactsFinding(host, finding, source) {
  if (finding.rule === "facts-subnet-collision") {
    return {
      message: `${finding.subnet.text} (network ${finding.network}) collides with the host's ${finding.clash} (from ${source}); containers could not reach that range, and podman may refuse the subnet`,
      hint: `choose a ${finding.subnet.family} subnet that the host does not use (\`podnet ula\` makes a fresh IPv6 one)`
    };
  }
  if (finding.problem === "no-interface") {
    return {
      message: `the host has no interface ${host.uplinkInterface} (from ${source}; it has ${finding.interfaces.join(", ") || "none"})`,
      hint: "set uplink.interface to the interface that carries the host's global IPv6 address"
    };
  }
  return {
    message: `${host.uplink.address.text} is not on ${host.uplinkInterface} (from ${source})${finding.elsewhere ? `; it is on ${finding.elsewhere}` : "; the host does not have it at all"}`,
    hint: finding.elsewhere ? `set uplink.interface to ${finding.elsewhere}` : `use an address from \`ip -6 addr show dev ${host.uplinkInterface} scope global\``
  };
}
function factsDiagnostic(host, finding, source) {
  const base = ["hosts", host.host];
  const path = finding.rule === "facts-subnet-collision" ? [...base, "networks", finding.network, finding.subnet.family] : finding.problem === "no-interface" ? [...base, "uplink", "interface"] : [...base, "uplink", "ipv6", "address"];
  return { rule: finding.rule, severity: severityIn(factsRules, finding.rule), path, ...explainFactsFinding(host, finding, source) };
}

export {
  HostFacts,
  decodeHostFacts,
  factsRules,
  factsFindings,
  explainFactsFinding,
  factsDiagnostic
};
