/**
 * adr new: the next Architecture Decision Record, MADR style, optionally pre-filled with the
 * NAT66/ULA decision for one network of the spec.
 */
import { existsSync } from "node:fs";
import { mkdir, readdir, rmdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import pc from "picocolors";
import { renderMarkdown } from "../render/render.js";
import { adrFileName, adrFolders, nextAdrNumber } from "../workflow/adr.js";
import { repoRoot } from "../workflow/git.js";
import { defaultIo, exitCodes, UsageError, type Io } from "./io.js";
import { compileFile, report } from "./spec.js";

export interface AdrOptions {
  dir?: string;
  network?: string;
  spec?: string;
  host?: string;
  date?: string;
}

async function findFolder(explicit: string | undefined): Promise<{ dir: string; created: boolean }> {
  if (explicit !== undefined) return { dir: path.resolve(explicit), created: !existsSync(explicit) };
  const base = await repoRoot(process.cwd()).catch(() => process.cwd());
  for (const candidate of adrFolders) {
    const dir = path.join(base, candidate);
    if (existsSync(dir)) return { dir, created: false };
  }
  return { dir: path.join(base, adrFolders[0]), created: true };
}

const listOf = (names: ReadonlyArray<string>) => (names.length === 0 ? "none" : names.map((name) => `\`${name}\``).join(", "));

async function nat66Context(options: AdrOptions, io: Io) {
  if (options.spec === undefined) throw new UsageError("--network needs --spec <file> to read the network from");
  const compilation = await compileFile(options.spec);
  if (compilation.hosts.length === 0) {
    report(io, compilation.diagnostics);
    throw new UsageError(`${options.spec} has errors; fix them before writing an ADR from it`);
  }
  const candidates = compilation.hosts.filter(({ plan }) => (options.host === undefined || plan.host === options.host) && plan.networks.some((n) => n.name === options.network));
  if (candidates.length !== 1) {
    throw new UsageError(candidates.length === 0 ? `no host in ${options.spec} has a network ${options.network}` : `several hosts have a network ${options.network}; name one with --host`);
  }
  const { plan } = candidates[0]!;
  const network = plan.networks.find((n) => n.name === options.network)!;
  return {
    specFile: path.relative(process.cwd(), path.resolve(options.spec)) || options.spec,
    host: plan.host,
    network: network.name,
    uplinkInterface: plan.uplinkInterface,
    uplinkAddress: plan.uplinkAddress,
    sourceAddress: plan.uplinkAddress.split("/")[0],
    addressing: plan.acceptRa2 ? "slaac" : "static",
    slaac: plan.acceptRa2,
    ipv4: network.ipv4?.text ?? "no IPv4 subnet (ipv6-only)",
    ipv6: network.ipv6.text,
    containers: listOf(network.containers.map((c) => c.name)),
    untouched: listOf(plan.untouched),
  };
}

export async function runAdrNew(title: string, options: AdrOptions, io: Io = defaultIo): Promise<number> {
  if (title.trim() === "") throw new UsageError("give the decision a title, e.g. podnet adr new \"Use NAT66 for container egress\"");
  if (options.network === undefined && options.spec !== undefined) throw new UsageError("--spec is used with --network <name>");
  const context = options.network === undefined ? {} : await nat66Context(options, io);
  const { dir, created } = await findFolder(options.dir);
  await mkdir(dir, { recursive: true });
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  // Numbering is read-then-write, so concurrent writers take a lock on the folder: mkdir is atomic.
  const lock = path.join(dir, ".podnet-adr.lock");
  await acquire(lock);
  try {
    const number = nextAdrNumber(await readdir(dir));
    const file = path.join(dir, adrFileName(number, title));
    const text = renderMarkdown(options.network === undefined ? "adr-madr.md.hbs" : "adr-nat66.md.hbs", { ...context, number: String(number), title: title.trim(), date });
    try {
      await writeFile(file, text, { flag: "wx" });
    } catch (error) {
      throw new UsageError(`cannot write ${file}: ${(error as Error).message}`);
    }
    io.out(path.relative(process.cwd(), file) || file);
    if (created) io.err(pc.yellow(`created ${path.relative(process.cwd(), dir) || dir}`));
    return exitCodes.ok;
  } finally {
    await rmdir(lock).catch(() => undefined);
  }
}

async function acquire(lock: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      await mkdir(lock);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      // A lock left by a killed run is broken after 10 s.
      const age = await stat(lock).then((info) => Date.now() - info.mtimeMs).catch(() => 0);
      if (age > 10_000) await rmdir(lock).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
  throw new UsageError(`${path.dirname(lock)} stays locked by ${lock}; remove it if no other podnet is running`);
}
