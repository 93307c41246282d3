/**
 * Text read from input (dashboard titles, queries, file names, scraped label values) can hold terminal escape codes
 * that would recolour, rewrite or hide lines on a terminal or in a CI log. These make them visible instead: each
 * control character becomes `\xHH`.
 */

const hex = (char: string) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;

/** C0 controls but tab and newline, DEL, and the C1 controls (U+0080-U+009F: a lone U+009B is a CSI on many terminals). */
const controlsButLayout = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const controlsAndNewlines = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;

/** For multi-line output: control characters escaped, tabs and line breaks kept. */
export function printableText(text: string): string {
  return text.replace(controlsButLayout, hex);
}

/** For one line of output (a title, a file name, a message): line breaks escaped too, tabs kept. */
export function printableLine(text: string): string {
  return text.replace(controlsAndNewlines, hex);
}

/** JSON.stringify leaves DEL and the C1 controls raw; as `\u00HH` escapes the JSON means the same and prints safely. */
export function jsonWithControlsEscaped(json: string): string {
  return json.replace(/[\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
