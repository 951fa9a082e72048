/**
 * The host's podman version, parsed once when the spec is decoded, and the podman features podnet
 * emits flags for that need a version (a flag an older podman does not know fails the oneshot).
 */
export interface PodmanVersion {
  /** As the spec wrote it, for messages. */
  readonly written: string;
  /** major, minor[, patch] */
  readonly parts: ReadonlyArray<number>;
}

export const podmanVersionPattern = /^\d+\.\d+(\.\d+)?$/u;

/** Text the schema's pattern accepted (major.minor[.patch]), parsed. */
export function podmanVersionOf(text: string): PodmanVersion {
  if (!podmanVersionPattern.test(text)) throw new Error(`${JSON.stringify(text)} is not a podman version`);
  return { written: text, parts: text.split(".").map(Number) };
}

/** Numerically: 4.10 is newer than 4.4, and 4.3.1 older than 4.4. */
export function versionAtLeast(have: PodmanVersion, minimum: PodmanVersion): boolean {
  for (let i = 0; i < Math.max(have.parts.length, minimum.parts.length); i++) {
    const a = have.parts[i] ?? 0;
    const b = minimum.parts[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

/** Assumed when the spec does not say: podman 5, as NixOS 25.05 and 25.11 ship. */
export const defaultPodmanVersion = podmanVersionOf("5.0");

/** `podman network create --dns`, and the dns_enabled field that `network inspect` reports with it. */
export const dnsFlagSince = podmanVersionOf("4.4");
/** netavark 1.7's `isolate=strict`. */
export const strictIsolateSince = podmanVersionOf("4.6");
