/** JSON pointers (RFC 6901): how findings, schema errors and reader results name a place in a file. */

/** Escapes one segment: `~` and `/` would otherwise read as syntax. */
export function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The unescaped segments of a pointer; the root `''` has none. */
export function pointerSegments(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}
