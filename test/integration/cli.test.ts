/** The built CLI as a user runs it: exit codes, messages, files written or not. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { podnet } from "../support/cli.js";
import { expectNoCrash } from "../support/crash.js";
import { root } from "../support/files.js";

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "podnet-cli-"));
  cpSync(path.join(root, "examples/web-arm.yaml"), path.join(dir, "podnet.yaml"));
  return dir;
}

beforeAll(() => {
  if (!existsSync(path.join(root, "dist/bundle/cli.cjs"))) throw new Error("dist/ is missing: run `npm run build` first (npm test does)");
});

describe("podnet validate", () => {
  it("exits 0 on the example and prints the warning", async () => {
    const result = await podnet(["validate", "podnet.yaml"], workspace());
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain("warning[ipv4-podman-pool]");
    expect(result.stderr).toContain("valid (0 errors, 1 warning)");
  });

  it("exits 1 with file:line:col, field and hint, and no stack trace", async () => {
    const dir = workspace();
    writeFileSync(
      path.join(dir, "podnet.yaml"),
      readFileSync(path.join(dir, "podnet.yaml"), "utf8").replace("fdaa:bbcc:ddee::/64", "fc00::/64"),
    );
    const result = await podnet(["validate", "podnet.yaml"], dir);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/podnet\.yaml:16:15: error\[ipv6-not-ula\]: hosts\.web-arm\.networks\.v6egress\.ipv6:/u);
    expect(result.stderr).toContain("hint:");
    expectNoCrash(result);
  });

  it("--json lists findings for machines", async () => {
    const result = await podnet(["validate", "podnet.yaml", "--json"], workspace());
    const report = JSON.parse(result.stdout);
    expect(report.ok).toBe(true);
    expect(report.diagnostics[0]).toMatchObject({
      rule: "ipv4-podman-pool",
      severity: "warning",
      file: "podnet.yaml",
      line: 15,
      column: 15,
      field: "hosts.web-arm.networks.v6egress.ipv4",
    });
  });

  it("exits 2 for a missing file and for usage errors", async () => {
    const dir = workspace();
    const missing = await podnet(["validate", "nope.yaml"], dir);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain("cannot read spec nope.yaml: no such file");
    expect((await podnet(["frobnicate"], dir)).exitCode).toBe(2);
    expect((await podnet(["validate"], dir)).exitCode).toBe(2);
  });
});

describe("podnet generate", () => {
  it("writes the module where the spec says, byte-identical to the committed example", async () => {
    const dir = workspace();
    const result = await podnet(["generate", "podnet.yaml"], dir);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain("created   hosts/web-arm/podnet.nix");
    const written = readFileSync(path.join(dir, "hosts/web-arm/podnet.nix"), "utf8");
    const committed = readFileSync(path.join(root, "examples/hosts/web-arm/podnet.nix"), "utf8");
    // Only the header's path to the spec differs (the spec is named podnet.yaml here).
    expect(written.replace("../../podnet.yaml", "SPEC")).toBe(committed.replace("../../web-arm.yaml", "SPEC"));
    const again = await podnet(["generate", "podnet.yaml"], dir);
    expect(again.stdout).toContain("unchanged hosts/web-arm/podnet.nix");
  });

  it("writes nothing when the spec has errors", async () => {
    const dir = workspace();
    writeFileSync(
      path.join(dir, "podnet.yaml"),
      readFileSync(path.join(dir, "podnet.yaml"), "utf8").replace("10.89.0.0/24", "10.88.0.0/24"),
    );
    const result = await podnet(["generate", "podnet.yaml"], dir);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain("nothing written");
    expect(existsSync(path.join(dir, "hosts"))).toBe(false);
  });

  it("refuses to overwrite a hand-written file, and leaves it as it was", async () => {
    const dir = workspace();
    mkdirSync(path.join(dir, "hosts/web-arm"), { recursive: true });
    writeFileSync(path.join(dir, "hosts/web-arm/podnet.nix"), "{ ... }: { }\n");
    const result = await podnet(["generate", "podnet.yaml"], dir);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain("error[output-not-generated]");
    expect(readFileSync(path.join(dir, "hosts/web-arm/podnet.nix"), "utf8")).toBe("{ ... }: { }\n");
  });

  it("--check passes when current and fails with a diff when stale or missing", async () => {
    const dir = workspace();
    const missing = await podnet(["generate", "podnet.yaml", "--check"], dir);
    expect(missing.exitCode).toBe(1);
    expect(existsSync(path.join(dir, "hosts"))).toBe(false);
    await podnet(["generate", "podnet.yaml"], dir);
    expect((await podnet(["generate", "podnet.yaml", "--check"], dir)).exitCode).toBe(0);
    writeFileSync(
      path.join(dir, "podnet.yaml"),
      readFileSync(path.join(dir, "podnet.yaml"), "utf8").replace("[throwaway]", "[throwaway, worker]"),
    );
    const stale = await podnet(["generate", "podnet.yaml", "--check"], dir);
    expect(stale.exitCode).toBe(1);
    expect(stale.stdout).toContain('+    worker.extraOptions = joinOptions "worker" "v6egress" [ ];');
    expect(stale.stderr).toContain("run `podnet generate podnet.yaml`");
  });

  it("reports an output whose folder is a file as a finding at the output field, without writing anything", async () => {
    const dir = workspace();
    writeFileSync(path.join(dir, "hosts"), "a file where a folder should be\n");
    const result = await podnet(["generate", "podnet.yaml"], dir);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(
      /podnet\.yaml:\d+:\d+: error\[output-not-a-file\]: hosts\.web-arm\.output: hosts\/web-arm\/podnet\.nix cannot be resolved: a part of the path is a file, not a folder/u,
    );
    expect(readFileSync(path.join(dir, "hosts"), "utf8")).toBe("a file where a folder should be\n");
  });
});

describe("podnet schema", () => {
  it("prints a JSON Schema that closes unknown keys and carries the name patterns", async () => {
    const result = await podnet(["schema"], root);
    const schema = JSON.parse(result.stdout);
    expect(schema.$schema).toContain("2020-12");
    expect(schema.additionalProperties).toBe(false);
    expect(JSON.stringify(schema)).toContain("^[A-Za-z0-9][A-Za-z0-9_.-]*$");
  });

  it("matches the committed docs/podnet.schema.json", async () => {
    const result = await podnet(["schema"], root);
    expect(readFileSync(path.join(root, "docs/podnet.schema.json"), "utf8")).toBe(`${result.stdout}\n`);
  });
});

describe("podnet init and ula", () => {
  it("init writes a starter spec that validates without errors, and never overwrites", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "podnet-init-"));
    const init = await podnet(["init", "--host", "edge-7", "--interface", "eth0", "--address", "2a01:4f8::7/64"], dir);
    expect(init.exitCode, init.stderr).toBe(0);
    const validated = await podnet(["validate", "podnet.yaml", "--json"], dir);
    expect(JSON.parse(validated.stdout)).toMatchObject({ ok: true, diagnostics: [] });
    expect(readFileSync(path.join(dir, "podnet.yaml"), "utf8")).toMatch(/ipv6: "fd[0-9a-f]{2}:[0-9a-f]{1,4}:[0-9a-f]{1,4}::\/64"/u);
    const again = await podnet(["init"], dir);
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toContain("podnet.yaml exists; pass --force");
  });

  it("ula prints a fresh /64 and its /48", async () => {
    const result = await podnet(["ula", "--json"], root);
    const ula = JSON.parse(result.stdout);
    expect(ula.first64).toMatch(/^fd[0-9a-f:]+\/64$/u);
    expect(ula.prefix48).toBe(ula.first64.replace("/64", "/48"));
  });
});
