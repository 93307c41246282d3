/** Positions of JSON pointers in a file's text: how findings and reader errors get a line and column. */
import { findNodeAtLocation, type Node, parseTree } from 'jsonc-parser';
import { positionLocator, type TextPosition } from '../text/position.ts';
import { pointerSegments } from './pointer.ts';

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
