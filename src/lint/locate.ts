import { findNodeAtLocation, type Node, parseTree } from 'jsonc-parser';
import type { DashboardInfo } from '../dashboard/model.ts';
import { pointerSegments } from '../json/pointer.ts';
import { positionLocator, type TextPosition } from '../text/position.ts';
import type { PlacedFinding } from './formats.ts';
import type { Finding } from './run.ts';
import { variableQueryPointer } from './variable-queries.ts';

/** jsonc-parser's path: array indexes as numbers. */
function pathOf(pointer: string): (string | number)[] {
  return pointerSegments(pointer).map((part) => (/^(0|[1-9][0-9]*)$/.test(part) ? Number(part) : part));
}

/** Length in the file of the first `decoded` characters of a JSON string whose raw text (after the quote) is `raw`. */
function rawLength(raw: string, decoded: number): number {
  let index = 0;
  for (let count = 0; count < decoded && index < raw.length && raw[index] !== '"'; count++) {
    if (raw[index] !== '\\') index += 1;
    else index += raw[index + 1] === 'u' ? 6 : 2;
  }
  return index;
}

/**
 * Places JSON pointers in one file's text, parsing it once: a file can have thousands of findings.
 * A pointer that does not resolve falls back to its nearest parent.
 */
export function createLocator(text: string): (pointer: string, stringOffset?: number) => TextPosition {
  const root: Node = parseTree(text) ?? { type: 'null', offset: 0, length: 0 };
  const positionOf = positionLocator(text);
  return (pointer, stringOffset) => {
    let path = pathOf(pointer);
    let node = findNodeAtLocation(root, path);
    while (node === undefined && path.length > 0) {
      path = path.slice(0, -1);
      node = findNodeAtLocation(root, path);
    }
    if (node === undefined) return { line: 1, column: 1 };
    let offset = node.offset;
    // Inside a string value: skip the quote and the escaped characters before the position.
    if (node.type === 'string' && stringOffset !== undefined && path.length === pathOf(pointer).length) {
      offset += 1 + rawLength(text.slice(offset + 1, offset + node.length), stringOffset);
    }
    return positionOf(offset);
  };
}

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
