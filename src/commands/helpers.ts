/**
 * ula and init: helpers for starting a spec.
 */
import { writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pc from "picocolors";
import { freshPrivate24, freshUla } from "../net/ula.js";
import { renderMarkdown } from "../render/render.js";
import { defaultIo, exitCodes, UsageError, type Io } from "./io.js";

export function runUla(options: { json?: boolean }, io: Io = defaultIo): number {
  const ula = freshUla();
  if (options.json) io.out(JSON.stringify(ula, null, 2));
  else io.out(`${ula.first64}\n# site prefix ${ula.prefix48} (RFC 4193, random global ID ${ula.globalId}); use further /64s from it for more networks`);
  return exitCodes.ok;
}

export interface InitOptions {
  host?: string;
  interface: string;
  address: string;
  force?: boolean;
}

/** A name the spec's allow-list accepts, from the machine's host name. */
function hostNameFrom(raw: string): string {
  const cleaned = raw.split(".")[0]!.replace(/[^A-Za-z0-9_.-]/gu, "-").replace(/^[^A-Za-z0-9]+/u, "").slice(0, 63);
  return cleaned === "" ? "my-host" : cleaned;
}

export async function runInit(file: string, options: InitOptions, io: Io = defaultIo): Promise<number> {
  const host = hostNameFrom(options.host ?? os.hostname());
  const ula = freshUla();
  const text = renderMarkdown("init-spec.yaml.hbs", {
    host,
    output: `hosts/${host}/podnet.nix`,
    interface: options.interface,
    address: options.address,
    ipv4: freshPrivate24(),
    ipv6: ula.first64,
    globalId: ula.globalId,
  });
  try {
    await writeFile(file, text, { flag: options.force ? "w" : "wx" });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === "EEXIST" ? `${file} exists; pass --force to replace it` : `cannot write ${file}: ${(error as Error).message}`);
  }
  io.err(pc.green(`wrote ${path.relative(process.cwd(), path.resolve(file)) || file} for host ${host}; next: podnet validate ${file}`));
  return exitCodes.ok;
}
