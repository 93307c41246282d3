/** 1-based line and column, as editors and GitHub annotations count them. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/**
 * Positions of offsets in `text`. The line index is built once, so a file with thousands of findings costs one
 * pass plus a binary search per finding.
 */
export function positionLocator(text: string): (offset: number) => TextPosition {
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low] + 1 };
  };
}

export function lineColumnAt(text: string, offset: number): TextPosition {
  return positionLocator(text)(offset);
}
