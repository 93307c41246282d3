import type { DashboardInfo } from '../dashboard/model.ts';
import { createLocator } from '../json/locate.ts';
import type { PlacedFinding } from './formats.ts';
import type { Finding } from './run.ts';
import { variableQueryPointer } from './variable-queries.ts';

/** Offset in a query of a 1-based line and column inside it. */
function offsetIn(query: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const newline = query.indexOf('\n', offset);
    if (newline === -1) break;
    offset = newline + 1;
  }
  return offset + column - 1;
}

/**
 * Attaches to each finding its query text and its position in the file: inside the `expr` string for
 * findings about a place in a query, at the reported JSON value otherwise.
 */
export function placeFindings(text: string, dashboard: DashboardInfo, findings: readonly Finding[], withPositions: boolean): PlacedFinding[] {
  const queries = new Map<string, string>();
  for (const panel of dashboard.panels) {
    for (const query of panel.queries) if (query.expr !== undefined) queries.set(`${query.pointer}/expr`, query.expr);
  }
  for (const variable of dashboard.variables) {
    if (variable.query !== undefined) queries.set(variableQueryPointer(variable), variable.query);
  }
  let locate: ReturnType<typeof createLocator> | undefined;
  return findings.map((finding) => {
    const query = finding.pointer === undefined ? undefined : queries.get(finding.pointer);
    if (!withPositions) return { finding, query, fileLine: 1, fileColumn: 1 };
    locate ??= createLocator(text);
    const inQuery =
      query !== undefined && finding.line !== undefined && finding.column !== undefined
        ? offsetIn(query, finding.line, finding.column)
        : undefined;
    const position = locate(finding.pointer ?? dashboard.pointer, inQuery);
    return { finding, query, fileLine: position.line, fileColumn: position.column };
  });
}
