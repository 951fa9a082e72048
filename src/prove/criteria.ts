/**
 * What the checks report: one criterion per fact about the live host, passed, failed (with what
 * to do) or skipped (with why), shared by `check egress` and `check host`. The catalogue declares
 * each criterion once; the README's two criterion tables are generated from it.
 */
import { visibleText } from "../compile/escape.js";

export type Status = "pass" | "fail" | "skip";

/** The command that reports a criterion: `check egress` or `check host`. */
export type CheckCommand = "egress" | "host";

/** A criterion as the catalogue declares it, and as its command's README table lists it. */
type CriterionEntry =
  | {
      readonly id: string;
      readonly command: "egress";
      /** When it passes, for the README. */
      readonly summary: string;
    }
  | {
      readonly id: string;
      readonly command: "host";
      /** Which hosts it is checked on at all, when not every one. */
      readonly only?: string;
      /** What on the host it reads, for the README. */
      readonly looksAt: string;
      /** What a failure says, for example, for the README. */
      readonly summary: string;
    };

/** Every criterion, in the order each command reports them; `forwarding` belongs to both. */
export const criteriaCatalogue = [
  { id: "forwarding", command: "egress", summary: "`net.ipv6.conf.all.forwarding` is 1" },
  {
    id: "network-exists",
    command: "egress",
    summary: "podman has the network (otherwise: start `podnet-network-<name>.service` and read its journal)",
  },
  { id: "subnets", command: "egress", summary: "it has exactly the spec's two subnets, IPv6 enabled" },
  { id: "ipv6-reach", command: "egress", summary: "a throwaway container on the network fetches the IPv6-only echo URL" },
  {
    id: "nat66-source",
    command: "egress",
    summary: "the address the echo endpoint saw is the spec's uplink address (NAT66 confirmed)",
  },
  { id: "ipv4-reach", command: "egress", summary: "the same container fetches the IPv4 URL" },
  {
    id: "untouched",
    command: "egress",
    summary:
      "each `untouched` container that exists is on podman's default network only (a missing one is skipped: oci-containers removes stopped containers)",
  },

  {
    id: "forwarding",
    command: "host",
    looksAt: "`net.ipv6.conf.all.forwarding`",
    summary: "it is 0, so containers' IPv6 is not routed",
  },
  {
    id: "ipv6",
    command: "host",
    looksAt: "`net.ipv6.conf.{all,default,<uplink>}.disable_ipv6`",
    summary:
      "not 0 for all or default, so no container on a new podnet network starts (netavark cannot give the bridge its IPv6 gateway), or for the uplink, so there is no address to masquerade to: `networking.enableIPv6 = true`",
  },
  {
    id: "accept-ra",
    command: "host",
    only: "SLAAC uplinks",
    looksAt:
      "`net.ipv6.conf.<uplink>.accept_ra`, or, where systemd-networkd manages the uplink, its `.network` file and drop-ins (`networkctl --json=short status`)",
    summary: "not 2 (or no `IPv6AcceptRA=yes`), so the uplink loses its address and default route",
  },
  { id: "uplink", command: "host", looksAt: "`ip -j addr`", summary: "the address is not on that interface, and which interface has it" },
  {
    id: "subnet-collision",
    command: "host",
    looksAt: "`ip -j addr`, `ip -j route`",
    summary: "a network's subnet overlaps a host address or route",
  },
  {
    id: "unit",
    command: "host",
    looksAt: "`systemctl is-active podnet-network-<name>`",
    summary: "the oneshot failed: read its journal (skipped where systemd is not PID 1)",
  },
  {
    id: "network",
    command: "host",
    looksAt: "`podman network inspect`",
    summary: "subnets, gateways, internal/isolate/mtu or dns servers (podman 4.4+) differ from the spec: restart the unit",
  },
  {
    id: "bridge",
    command: "host",
    looksAt: "`ip -j link`",
    summary: "the bridge is down (skipped until a container first joins: netavark creates it then)",
  },
  {
    id: "netavark-driver",
    command: "host",
    looksAt: "containers.conf (`firewall_driver`, as podman resolves it; `NETAVARK_FW`) and where netavark's rules are",
    summary: "`none` or `firewalld`: no NAT66 possible, use `iptables` or `nftables`",
  },
  {
    id: "nat",
    command: "host",
    looksAt:
      "`nft list ruleset` (netavark's nftables driver: `table inet netavark`), `iptables-save`/`ip6tables-save` (its iptables driver)",
    summary: "no POSTROUTING rule leads to netavark's masquerade for a subnet: `podman network reload --all`",
  },
  {
    id: "forward",
    command: "host",
    looksAt: "every forward-hook chain in `nft list ruleset` (iptables-nft included; iptables-legacy via `iptables-save`)",
    summary:
      "a chain drops by default and nothing reachable from it accepts the network's subnets: Docker's FORWARD (fix: the module's `podnet-docker-forward` unit, or the `DOCKER-USER` rules it names), NixOS's `filterForward` (fix: the module's `extraForwardRules`)",
  },
  {
    id: "container",
    command: "host",
    looksAt: "`podman container inspect`",
    summary: "a container is on another network: it was started before the switch, restart its unit",
  },
] as const satisfies ReadonlyArray<CriterionEntry>;

/** The ids a command may report (all of them, by default). */
export type CriterionId<Command extends CheckCommand = CheckCommand> = Extract<
  (typeof criteriaCatalogue)[number],
  { command: Command }
>["id"];

export interface Criterion<Id extends CriterionId = CriterionId> {
  readonly id: Id;
  readonly subject: string;
  readonly status: Status;
  readonly evidence: string;
}

/** A criterion one command reports: `check egress` cannot report `nat`, nor `check host` `ipv6-reach`. */
export type CriterionOf<Command extends CheckCommand> = Criterion<CriterionId<Command>>;

export function formatCriteria(
  criteria: ReadonlyArray<Criterion>,
  colour: { pass: (s: string) => string; fail: (s: string) => string; skip: (s: string) => string },
): string {
  const idWidth = Math.max(...criteria.map((c) => c.id.length));
  const subjectWidth = Math.max(...criteria.map((c) => c.subject.length));
  return (
    criteria
      // Evidence quotes what podman, the kernel and endpoints said: shown escaped, like spec text.
      .map(
        (c) =>
          `${colour[c.status](c.status.toUpperCase().padEnd(4))}  ${c.id.padEnd(idWidth)}  ${c.subject.padEnd(subjectWidth)}  ${visibleText(c.evidence)}`,
      )
      .join("\n")
  );
}
