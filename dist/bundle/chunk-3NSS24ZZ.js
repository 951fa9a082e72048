import { createRequire as __podnetRequire } from 'node:module'; const require = __podnetRequire(import.meta.url);
import {
  addressText
} from "./chunk-4AY7RP2N.js";

// src/compile/network.ts
var isIpv6Only = (network) => network.mode === "ipv6-only";
var containerEntries = (network) => network.containers ?? [];
var ipv4Subnet = (network) => isIpv6Only(network) ? void 0 : network.ipv4;
function gatewayOf(subnet, custom) {
  return custom?.text ?? addressText(subnet.family, subnet.first + 1n);
}

export {
  isIpv6Only,
  containerEntries,
  ipv4Subnet,
  gatewayOf
};
