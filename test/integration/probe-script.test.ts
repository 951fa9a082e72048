/**
 * The probe container's script: every URL gets exactly one framed result, what wget printed
 * comes back intact, and no URL is ever run as shell code. POSIX sh (dash) with a stand-in wget
 * for the property; busybox sh with its own wget and httpd for the real thing. Everything runs in
 * an empty network namespace of its own (busybox sh runs its wget applet whatever PATH says).
 */
import { chmodSync, existsSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { execa } from "execa";
import fc from "fast-check";
import { expect, it } from "vitest";
import { parseProbeOutput, probeScript } from "../../src/prove/egress.js";
import { hostileString, runs } from "../support/fuzz.js";
import { describeWith } from "../support/tools.js";

describeWith({ commands: ["busybox", "dash", "unshare"], root: true }, "the check egress probe script", () => {
  const bin = mkdtempSync(path.join(tmpdir(), "podnet-probe-"));
  const sentinel = path.join(bin, "injected");
  // GNU tools: busybox timeout would run busybox's own wget, not the stand-in.
  for (const tool of ["timeout", "printf", "touch"]) symlinkSync(`/usr/bin/${tool}`, path.join(bin, tool));
  // wget -q -O - <url>: prints the URL back as the body, or fails (exit 1, a complaint on stderr)
  // when the URL says so.
  writeFileSync(
    path.join(bin, "wget"),
    `#!/bin/busybox sh\ncase "$4" in *FAIL*) echo "wget: can't connect to remote host: Connection refused" >&2; exit 1 ;; esac\nprintf '%s' "$4"\n`,
  );
  chmodSync(path.join(bin, "wget"), 0o755);

  const probe = (urls: ReadonlyArray<string>, marker = "podnet-probe-0123456789abcdef") =>
    execa("/usr/bin/unshare", ["--net", "/bin/dash", "-c", probeScript, "probe", marker, "2", ...urls], {
      env: { PATH: bin },
      reject: false,
      cwd: bin,
    });

  it("frames each fetch with its exit code and what wget printed", async () => {
    const result = await probe(["http://[2001:db8:2::80]/", "http://FAIL/", "http://198.51.100.80/"]);
    expect(result.exitCode).toBe(0);
    expect(parseProbeOutput(result.stdout, "podnet-probe-0123456789abcdef")).toEqual([
      { exitCode: 0, output: "http://[2001:db8:2::80]/" },
      { exitCode: 1, output: "wget: can't connect to remote host: Connection refused" },
      { exitCode: 0, output: "http://198.51.100.80/" },
    ]);
  });

  it("works in busybox sh with busybox's wget: a body, a refused connection, a deadline", async () => {
    const site = mkdtempSync(path.join(tmpdir(), "podnet-probe-site-"));
    writeFileSync(path.join(site, "index.html"), "2001:db8:1::1\n");
    // Loopback of a fresh namespace: a web server on :8080, nothing on :8081, and :8082 accepts but never answers.
    const quiet = "</dev/null >/dev/null 2>&1";
    const script = [
      "ip link set lo up",
      `busybox httpd -f -p 127.0.0.1:8080 -h ${site} ${quiet} & web=$!`,
      `busybox nc -l -p 8082 -e busybox sleep 10 ${quiet} & silent=$!`,
      "sleep 0.3",
      'busybox sh -c "$0" probe podnet-probe-feed 1 http://127.0.0.1:8080/ http://127.0.0.1:8081/ http://127.0.0.1:8082/; code=$?',
      "kill $web $silent",
      "exit $code",
    ].join("\n");
    const result = await execa("unshare", ["--net", "sh", "-c", script, probeScript], { reject: false });
    expect(result.exitCode, result.stderr).toBe(0);
    const [body, refused, silent] = parseProbeOutput(result.stdout, "podnet-probe-feed");
    expect(body).toEqual({ exitCode: 0, output: "2001:db8:1::1" });
    expect(refused!.exitCode).not.toBe(0);
    expect(refused!.output).toContain("wget:");
    // busybox timeout kills wget with SIGTERM: 128 + 15.
    expect(silent!.exitCode).toBe(143);
  });

  it("gives back any URL text intact, one frame per URL, and never runs it", async () => {
    // Arguments cannot hold NUL; $(…) drops trailing newlines, as the check's comparison does.
    const url = hostileString.map((text) => text.replaceAll("\0", ""));
    await fc.assert(
      fc.asyncProperty(fc.array(url, { minLength: 1, maxLength: 3 }), async (urls) => {
        const touching = urls.map((text) => `${text}$(touch ${sentinel})\`touch ${sentinel}\``);
        const result = await probe(touching);
        const frames = parseProbeOutput(result.stdout, "podnet-probe-0123456789abcdef");
        expect(frames.map((frame) => frame.exitCode)).toEqual(touching.map((text) => (text.includes("FAIL") ? 1 : 0)));
        expect(frames.map((frame) => frame.output)).toEqual(touching.map((text) => text.replace(/\n+$/u, "")));
        expect(existsSync(sentinel)).toBe(false);
      }),
      runs(60),
    );
  });

  it("a body that imitates a frame line does not end the frame (the marker is random per run)", () => {
    const stdout = "podnet-probe-aaaa 0\nreal body\npodnet-probe-bbbb 0\n";
    expect(parseProbeOutput(stdout, "podnet-probe-bbbb")).toEqual([{ exitCode: 0, output: "podnet-probe-aaaa 0\nreal body" }]);
    expect(parseProbeOutput("", "podnet-probe-bbbb")).toEqual([]);
  });
});
