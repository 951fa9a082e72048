/**
 * A host tool through execa, with a deadline: its status, its output, and whether it exists at
 * all (a missing tool is a reason to skip a criterion, not a failure).
 */
import { execa } from "execa";

export interface ToolResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly missing: boolean;
}

export async function runTool(command: string, args: ReadonlyArray<string>, timeoutMs = 15_000): Promise<ToolResult> {
  const result = await execa(command, [...args], { reject: false, timeout: timeoutMs, stdin: "ignore" });
  return { exitCode: result.exitCode ?? 1, stdout: String(result.stdout ?? ""), missing: (result as { code?: string }).code === "ENOENT" };
}
