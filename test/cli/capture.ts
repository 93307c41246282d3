/** Running the CLI in-process, keeping what it prints: how most CLI tests call it. */
import type { CliIO } from '../../src/cli/io.ts';
import { runCli } from '../../src/cli/main.ts';
import type { Project } from '../../src/project.ts';

/** A CliIO that keeps what commands print. */
export function captureIO(cwd: string): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    color: false,
    cwd,
    out: () => out,
    err: () => err,
  };
}

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCapturing(project: Project, args: readonly string[], cwd: string): Promise<CliResult> {
  const io = captureIO(cwd);
  const code = await runCli(project, [...args], io);
  return { code, stdout: io.out(), stderr: io.err() };
}
