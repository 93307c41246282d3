/** Where commands write; tests pass their own to capture output. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** True when stdout is a terminal that may show colour (not piped, NO_COLOR unset). */
  readonly color: boolean;
  readonly cwd: string;
}

export const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: process.stdout.isTTY === true && !('NO_COLOR' in process.env),
  cwd: process.cwd(),
};

/** Exit codes shared by every command. */
export const exitCodes = { ok: 0, findings: 1, usage: 2 } as const;

/** An error about the user's input, printed without a stack trace; `exitCode` 2 unless said otherwise. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = exitCodes.usage,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
