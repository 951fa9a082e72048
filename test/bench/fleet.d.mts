/** Types for fleet.mjs (the benchmark runs it with plain Node, the tests import it). */
export interface FleetSpec {
  version: 1;
  hosts: Record<
    string,
    { output: string; uplink: unknown; networks: Record<string, { ipv4: string; ipv6: string; containers: string[] }>; untouched: string[] }
  >;
}
export function fleetSpec(size: { hosts: number; networks: number; containers: number }): FleetSpec;
