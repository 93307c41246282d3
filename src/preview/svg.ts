/** A minimal SVG writer: elements as data, serialised with XML escaping and stable number formatting. */

export type Attributes = Readonly<Record<string, string | number | undefined>>;

export interface SvgElement {
  readonly name: string;
  readonly attributes: Attributes;
  readonly children: readonly SvgNode[];
}

/** Strings are text content. */
export type SvgNode = SvgElement | string;

export function el(name: string, attributes: Attributes = {}, ...children: SvgNode[]): SvgElement {
  return { name, attributes, children };
}

export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // Control characters are not allowed in XML 1.0 at all.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
  );
}

/** Two decimals at most, no `-0`, no exponent: the same input always prints the same bytes. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

function attributeText(attributes: Attributes): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${typeof value === 'number' ? formatNumber(value) : escapeXml(String(value))}"`)
    .join('');
}

function serialize(node: SvgNode, depth: number, out: string[]): void {
  const indent = '  '.repeat(depth);
  if (typeof node === 'string') {
    out.push(indent + escapeXml(node));
    return;
  }
  const open = `${indent}<${node.name}${attributeText(node.attributes)}`;
  if (node.children.length === 0) {
    out.push(`${open}/>`);
  } else if (node.children.every((child) => typeof child === 'string')) {
    out.push(`${open}>${node.children.map((child) => escapeXml(child as string)).join('')}</${node.name}>`);
  } else {
    out.push(`${open}>`);
    for (const child of node.children) serialize(child, depth + 1, out);
    out.push(`${indent}</${node.name}>`);
  }
}

/** A standalone SVG document. */
export function svgDocument(width: number, height: number, ...children: SvgNode[]): string {
  const root = el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${formatNumber(width)} ${formatNumber(height)}` },
    ...children,
  );
  const out: string[] = [];
  serialize(root, 0, out);
  return `${out.join('\n')}\n`;
}
