"""A stand-in for the NixOS test driver, to run nix/vm-test.nix's testScript without VMs.

Each machine answers commands from a scenario: what a correct web-arm host prints, with one
thing broken when the scenario says so. The point is not to prove the host (only a real VM run
does that) but that every step of the script fails when what it names is not true.

usage: python3 vm-driver.py SCRIPT SCENARIO   (prints the commands run; exit 1 on a failed step)
"""
import json
import sys

script_file, scenario = sys.argv[1], sys.argv[2]
UPLINK = "2a01:4f8:c012:43b::1"
calls = []


class Machine:
    def __init__(self, name):
        self.name = name
        self.inspections = 0

    def _log(self, kind, arg):
        calls.append(f"{self.name}.{kind} {arg}")

    def wait_for_unit(self, unit):
        self._log("wait_for_unit", unit)

    def wait_for_open_port(self, port):
        self._log("wait_for_open_port", port)

    def wait_until_succeeds(self, command, timeout=900):
        self._log("wait_until_succeeds", command)
        return self.succeed(command, log=False)

    def succeed(self, command, log=True):
        if log:
            self._log("succeed", command)
        if command.startswith("ip -6 -o addr show dev eth1"):
            extra = "\n3: eth1 inet6 2001:db8:1::2/64 scope global" if scenario == "driver-address" else ""
            return f"3: eth1    inet6 {UPLINK}/64 scope global{extra}\n"
        if command.startswith("podman network inspect --format '{{.ID}}'"):
            self.inspections += 1
            changed = scenario == "network-recreated" and self.inspections > 1
            return "b" * 64 + "\n" if changed else "a" * 64 + "\n"
        if command.startswith("podman inspect --format '{{.Id}} {{.State.StartedAt}}'"):
            self.inspections += 1
            restarted = scenario == "container-restarted" and self.inspections > 2
            return ("c2 2026-11-25 12:00:09" if restarted else "c1 2026-11-25 12:00:00") + "\n"
        if command.startswith("journalctl"):
            if scenario == "recreated-log":
                output = "podnet: network v6egress has … but the spec wants …; no container uses it, recreating it\n"
            else:
                output = "podnet: network v6egress is up to date (10.89.0.0/24 fdaa:bbcc:ddee::/64)\n"
            # `… | grep -F 'text'` keeps matching lines and fails without one, as the shell would.
            wanted = command.split("grep -F '", 1)[1].rstrip("'") if "grep -F '" in command else None
            if wanted is not None:
                output = "".join(line + "\n" for line in output.splitlines() if wanted in line)
                if not output:
                    raise Exception(f"command `{command}` failed (and kept failing until the timeout)")
            return output
        if command.startswith("podnet check egress"):
            seen = "2001:db8:1::2" if scenario == "driver-source" else UPLINK
            nat = "pass" if scenario != "driver-source" else "fail"
            untouched = "skip" if scenario == "untouched-missing" else "pass"
            criteria = [
                {"id": "nat66-source", "subject": "v6egress", "status": nat, "evidence": f"the destination saw {seen}, the uplink address"},
                {"id": "untouched", "subject": "collabora", "status": untouched, "evidence": "…"},
                {"id": "untouched", "subject": "rustdesk-server", "status": "pass", "evidence": "…"},
            ]
            return json.dumps({"ok": nat == "pass", "host": "web-arm", "criteria": criteria})
        return ""


def start_all():
    calls.append("start_all")


upstream = Machine("upstream")
webarm = Machine("webarm")
source = open(script_file).read()
try:
    exec(compile(source, "testScript", "exec"), {"start_all": start_all, "upstream": upstream, "webarm": webarm})
    outcome = "passed"
except Exception as error:
    outcome = f"failed: {type(error).__name__}: {str(error)[:200]}"
print(json.dumps({"outcome": outcome, "calls": calls}))
