/**
 * podman through execa, with a deadline on every call: a hanging podman (a stuck storage lock, a
 * dead API service) becomes a clear error instead of a hook or check that never returns. What
 * podman says about networks and containers is read here, once, into values.
 */
import { execa, execaSync } from "execa";
import { type Address, type Parsed, parseAddress, parseSubnet, type Subnet } from "../compile/net/cidr.js";

export class PodmanUnavailableError extends Error {
  override readonly name = "PodmanUnavailableError";
}

export interface PodmanResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface Podman {
  readonly command: string;
  /**
   * `cancel` kills the call outright (SIGKILL) when aborted: a `podman run` given a gentler signal
   * forwards it to the container and keeps running, and could still create its container later.
   */
  run(args: ReadonlyArray<string>, timeoutMs: number, cancel?: AbortSignal): Promise<PodmanResult>;
  /** Synchronous removal for signal handlers, where nothing asynchronous may run any more. */
  removeNow(container: string): void;
}

export function podmanCli(command = "podman"): Podman {
  return {
    command,
    async run(args, timeoutMs, cancel) {
      const result = await execa(command, [...args], {
        reject: false,
        timeout: timeoutMs,
        stdin: "ignore",
        ...(cancel ? { cancelSignal: cancel, killSignal: "SIGKILL" as const } : {}),
      });
      if (result.failed && (result as { code?: string }).code === "ENOENT") {
        throw new PodmanUnavailableError(
          `${command} is not installed or not on PATH; run this on the deployed host (or pass --podman <path>)`,
        );
      }
      if (result.timedOut) {
        throw new PodmanUnavailableError(
          `\`${command} ${args.join(" ")}\` did not answer within ${Math.round(timeoutMs / 1000)}s; is podman stuck (storage lock, hung service)?`,
        );
      }
      return { exitCode: result.exitCode ?? 1, stdout: String(result.stdout ?? ""), stderr: String(result.stderr ?? "") };
    },
    removeNow(container) {
      execaSync(command, ["rm", "--force", "--time", "0", container], { reject: false, timeout: 15_000, stdin: "ignore" });
    },
  };
}

/** The networks a container is attached to, as podman names them; undefined when there is no such container. */
export async function containerNetworks(podman: Podman, container: string, timeoutMs: number): Promise<string[] | undefined> {
  const result = await podman.run(
    ["container", "inspect", "--format", "{{range $name, $_ := .NetworkSettings.Networks}}{{$name}} {{end}}", container],
    timeoutMs,
  );
  if (result.exitCode !== 0) return undefined;
  return result.stdout.trim().split(/\s+/u).filter(Boolean);
}

/** What `podman network inspect` says about one network, its subnets and addresses parsed. */
export interface InspectedNetwork {
  /** The bridge's name (netavark creates the bridge itself when the first container joins). */
  readonly bridge: string | undefined;
  readonly subnets: ReadonlyArray<{ readonly subnet: Subnet; readonly gateway: Address | undefined }>;
  readonly ipv6Enabled: boolean;
  readonly internal: boolean;
  /** netavark's isolate and mtu options as podman stores them ("" when unset). */
  readonly isolate: string;
  readonly mtu: string;
  /** The servers aardvark-dns forwards to (podman 4.4+; none before). */
  readonly dnsServers: ReadonlyArray<Address>;
}

// podman leaves out empty fields, and older podman has fewer: anything absent or of another type reads as unset.
const fields = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const items = (value: unknown): ReadonlyArray<unknown> => (Array.isArray(value) ? value : []);
const textOf = (value: unknown): string => (typeof value === "string" ? value : "");

/**
 * The JSON of `podman network inspect <name>`, read once here: subnets, gateways and dns servers
 * become values, so every comparison with the spec is between canonical forms. Text that is not
 * JSON, a subnet or an address gives a reason, never an exception.
 */
export function parseNetworkInspect(stdout: string): Parsed<InspectedNetwork> {
  let json: unknown;
  try {
    json = JSON.parse(stdout || "[]");
  } catch {
    return { ok: false, reason: "printed something that is not JSON" };
  }
  const network = fields(items(json)[0]);
  const subnets: Array<InspectedNetwork["subnets"][number]> = [];
  for (const entry of items(network.subnets)) {
    const { subnet, gateway } = fields(entry);
    const parsed = parseSubnet(textOf(subnet));
    if (!parsed.ok) return { ok: false, reason: `has subnet ${JSON.stringify(subnet)}, which ${parsed.reason}` };
    if (textOf(gateway) === "") {
      subnets.push({ subnet: parsed.value, gateway: undefined });
      continue;
    }
    const address = parseAddress(textOf(gateway));
    if (!address.ok) return { ok: false, reason: `has gateway ${JSON.stringify(gateway)}, which ${address.reason}` };
    subnets.push({ subnet: parsed.value, gateway: address.value });
  }
  const dnsServers: Address[] = [];
  for (const server of items(network.network_dns_servers)) {
    const address = parseAddress(textOf(server));
    if (!address.ok) return { ok: false, reason: `has dns server ${JSON.stringify(server)}, which ${address.reason}` };
    dnsServers.push(address.value);
  }
  const options = fields(network.options);
  return {
    ok: true,
    value: {
      bridge: textOf(network.network_interface) || undefined,
      subnets,
      ipv6Enabled: network.ipv6_enabled === true,
      internal: network.internal === true,
      isolate: textOf(options.isolate),
      mtu: textOf(options.mtu),
      dnsServers,
    },
  };
}
