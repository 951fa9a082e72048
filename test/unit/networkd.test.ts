import { describe, expect, it } from "vitest";
import { ipv6AcceptRa, networkdLinkOf } from "../../src/prove/networkd.js";

describe("networkctl JSON", () => {
  const link = {
    Name: "enp1s0",
    AdministrativeState: "configured",
    NetworkFile: "/etc/systemd/network/40-enp1s0.network",
    NetworkFileDropins: ["/etc/systemd/network/40-enp1s0.network.d/ra.conf"],
  };

  it("reads the link from `status <iface>` and from the `list` envelope", () => {
    const expected = { networkFile: link.NetworkFile, dropins: link.NetworkFileDropins };
    expect(networkdLinkOf(JSON.stringify(link), "enp1s0")).toEqual(expected);
    expect(networkdLinkOf(JSON.stringify({ Interfaces: [{ Name: "lo" }, link] }), "enp1s0")).toEqual(expected);
  });

  it("is not networkd's when unmanaged, without a .network file, another link, or not JSON", () => {
    expect(networkdLinkOf(JSON.stringify({ ...link, AdministrativeState: "unmanaged" }), "enp1s0")).toBeUndefined();
    expect(networkdLinkOf(JSON.stringify({ ...link, NetworkFile: undefined }), "enp1s0")).toBeUndefined();
    expect(networkdLinkOf(JSON.stringify(link), "eth0")).toBeUndefined();
    expect(networkdLinkOf("Failed to connect to bus", "enp1s0")).toBeUndefined();
  });
});

describe("IPv6AcceptRA= over a .network file and its drop-ins", () => {
  const file = (text: string, name = "main.network") => ({ file: name, text });

  it("takes networkd's booleans, in [Network] only, the last assignment winning", () => {
    for (const word of ["yes", "1", "true", "on", "Y", "t"])
      expect(ipv6AcceptRa([file(`[Network]\nIPv6AcceptRA=${word}\n`)]).value).toBe(true);
    for (const word of ["no", "0", "false", "off"]) expect(ipv6AcceptRa([file(`[Network]\nIPv6AcceptRA = ${word}\n`)]).value).toBe(false);
    expect(ipv6AcceptRa([file("[IPv6AcceptRA]\nUseDNS=no\n[Match]\nIPv6AcceptRA=yes\n")]).value).toBeUndefined();
    expect(ipv6AcceptRa([file("[Network]\nIPv6AcceptRA=yes\n"), file("[Network]\nIPv6AcceptRA=no\n", "drop.conf")])).toEqual({
      value: false,
      file: "drop.conf",
    });
    // An empty assignment resets to the default.
    expect(ipv6AcceptRa([file("[Network]\nIPv6AcceptRA=yes\n"), file("[Network]\nIPv6AcceptRA=\n", "drop.conf")]).value).toBeUndefined();
    expect(ipv6AcceptRa([file("# IPv6AcceptRA=yes\n[Network]\n; IPv6AcceptRA=yes\n")]).value).toBeUndefined();
  });
});
