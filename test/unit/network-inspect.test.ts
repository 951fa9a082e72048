/** `podman network inspect` read once, into values: what check host and check egress compare with the spec. */
import { describe, expect, it } from "vitest";
import { address, subnet } from "../../src/compile/net/cidr.js";
import { wantedList } from "../../src/compile/plan.js";
import { parseNetworkInspect } from "../../src/prove/podman.js";

// Real `podman network inspect` output of podman 4.3.1 (netavark), for a dual-stack isolated network.
const podman43 = `[
     {
          "name": "podnet-sample",
          "id": "73edb71093ab6c253497f35b2d1c8116239612db3d7bed33f4d6886cdf0a8001",
          "driver": "bridge",
          "network_interface": "podman1",
          "created": "2026-11-25T23:51:21.608909019Z",
          "subnets": [
               { "subnet": "172.31.250.0/24", "gateway": "172.31.250.1" },
               { "subnet": "fdaa:bbcc:dd99::/64", "gateway": "fdaa:bbcc:dd99::1" }
          ],
          "ipv6_enabled": true,
          "internal": false,
          "dns_enabled": true,
          "labels": { "io.podnet.managed": "true" },
          "options": { "isolate": "true" },
          "ipam_options": { "driver": "host-local" }
     }
]`;

const parsed = (stdout: string) => {
  const result = parseNetworkInspect(stdout);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
};

describe("parseNetworkInspect", () => {
  it("reads podman's JSON into parsed subnets, gateways and options", () => {
    const network = parsed(podman43);
    expect(network).toMatchObject({ bridge: "podman1", ipv6Enabled: true, internal: false, isolate: "true", mtu: "", dnsServers: [] });
    expect(network.subnets.map((s) => [s.subnet.text, s.gateway?.text])).toEqual([
      ["172.31.250.0/24", "172.31.250.1"],
      ["fdaa:bbcc:dd99::/64", "fdaa:bbcc:dd99::1"],
    ]);
    expect(network.subnets[1]!.subnet.first).toBe(subnet("fdaa:bbcc:dd99::/64").first);
  });

  it("gives every spelling of a value its canonical text, in the order the plan sorts its own", () => {
    const spelled = podman43
      .replace('"fdaa:bbcc:dd99::/64"', '"FDAA:BBCC:DD99:0::/64"')
      .replace('"options": { "isolate": "true" }', '"options": { "mtu": "1400" }, "network_dns_servers": ["2620:FE::FE", "9.9.9.9"]');
    const network = parsed(spelled);
    expect(wantedList(network.subnets.map((s) => s.subnet))).toBe("172.31.250.0/24 fdaa:bbcc:dd99::/64");
    expect(wantedList(network.dnsServers)).toBe("2620:fe::fe 9.9.9.9");
    expect(network.dnsServers[0]!.value).toBe(address("2620:fe::fe").value);
    expect(network).toMatchObject({ isolate: "", mtu: "1400" });
  });

  it("reads absent, empty and null fields as unset, as podman leaves them out", () => {
    expect(parsed("[]")).toEqual({
      bridge: undefined,
      subnets: [],
      ipv6Enabled: false,
      internal: false,
      isolate: "",
      mtu: "",
      dnsServers: [],
    });
    expect(parsed("")).toEqual(parsed("[]"));
    expect(parsed('[{"subnets": null, "options": null, "network_dns_servers": null, "internal": true}]')).toMatchObject({
      subnets: [],
      internal: true,
    });
    expect(parsed('[{"subnets": [{"subnet": "10.89.0.0/24", "gateway": ""}]}]').subnets[0]!.gateway).toBeUndefined();
  });

  it("says what it cannot read, instead of throwing or comparing text", () => {
    const reason = (stdout: string) => {
      const result = parseNetworkInspect(stdout);
      return result.ok ? "read" : result.reason;
    };
    expect(reason("Error: no such network")).toBe("printed something that is not JSON");
    expect(reason(podman43.replace('"172.31.250.0/24"', '"172.31.250.0/33"'))).toMatch(
      /^has subnet "172\.31\.250\.0\/33", which has prefix length/u,
    );
    expect(reason(podman43.replace('"172.31.250.1"', '"gateway?"'))).toMatch(/^has gateway "gateway\?", which /u);
    expect(reason('[{"network_dns_servers": ["fe80::1%eth0"]}]')).toMatch(/^has dns server "fe80::1%eth0", which has a zone index/u);
  });
});
