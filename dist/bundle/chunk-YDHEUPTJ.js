import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);

// src/compile/podman-version.ts
var podmanVersionPattern = /^\d+\.\d+(\.\d+)?$/u;
function podmanVersionOf(text) {
  if (!podmanVersionPattern.test(text)) throw new Error(`${JSON.stringify(text)} is not a podman version`);
  return { written: text, parts: text.split(".").map(Number) };
}
function versionAtLeast(have, minimum) {
  for (let i = 0; i < Math.max(have.parts.length, minimum.parts.length); i++) {
    const a = have.parts[i] ?? 0;
    const b = minimum.parts[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}
var defaultPodmanVersion = podmanVersionOf("5.0");
var dnsFlagSince = podmanVersionOf("4.4");
var strictIsolateSince = podmanVersionOf("4.6");

export {
  podmanVersionPattern,
  podmanVersionOf,
  versionAtLeast,
  defaultPodmanVersion,
  dnsFlagSince,
  strictIsolateSince
};
