/** Something wrong with a dashboard definition or its compiled output, located by dashboard and panel. */
export interface Problem {
  /** The dashboard's uid, or the output file for problems found in a file. */
  readonly where: string;
  readonly panel?: string;
  readonly message: string;
}

export function formatProblem(problem: Problem): string {
  const panel = problem.panel === undefined ? '' : `, panel "${problem.panel}"`;
  return `${problem.where}${panel}: ${problem.message}`;
}

/** A definition the compilers cannot turn into a dashboard; nothing has been written. */
export class CompileError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'CompileError';
  }
}
