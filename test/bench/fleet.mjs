// Synthetic fleets for the benchmark and the interruption tests: `hosts` hosts, each with
// `networks` dual-stack networks of `containers` containers. Subnets never overlap within a host.
export function fleetSpec({ hosts, networks, containers }) {
  const spec = { version: 1, hosts: {} };
  for (let h = 0; h < hosts; h++) {
    const nets = {};
    for (let n = 0; n < networks; n++) {
      nets[`net${n}`] = {
        ipv4: `172.${16 + (n % 16)}.${Math.floor(n / 16)}.0/24`,
        ipv6: `fd00:${(h + 1).toString(16)}:${n.toString(16)}::/64`,
        containers: Array.from({ length: containers }, (_, c) => `app${n}-${c}`),
      };
    }
    spec.hosts[`host${h}`] = {
      output: `hosts/host${h}/podnet.nix`,
      uplink: { interface: "eth0", ipv6: { address: `2a01:4f8:${(h + 1).toString(16)}::1/64`, addressing: h % 2 ? "slaac" : "static" } },
      networks: nets,
      untouched: [`legacy${h}`],
    };
  }
  return spec;
}
