import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, describe, expect, it } from 'vitest';
import { readDashboard } from '../../src/dashboard/read.ts';
import { diffDashboards } from '../../src/diff/index.ts';
import { renderDiffPreview, renderPreview } from '../../src/preview/index.ts';
import { escapeXml } from '../../src/preview/svg.ts';
import { runCli } from '../../src/cli/main.ts';
import { captureIO } from '../cli/capture.ts';
import { testProject } from '../compile/fixture.ts';
import { cli, fixture, fixturePath, fixtureText, temporaryFolder } from '../diff/helpers.ts';

function toPng(svg: string): { width: number; height: number; bytes: number } {
  const image = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render();
  return { width: image.width, height: image.height, bytes: image.asPng().length };
}

/** Fill colours of the panel boxes, in drawing order. */
function boxFills(svg: string): string[] {
  return [...svg.matchAll(/<rect x="[^"]+" y="[^"]+" width="[^"]+" height="[^"]+" rx="4" fill="(#[0-9a-f]+)"/g)].map((match) => match[1]);
}

describe('renderPreview', () => {
  it('renders to a PNG of the size its grid implies: 24 columns of 36px, 22px rows, tab by tab', () => {
    // Overview holds 6 grid rows, Latency 8: margin 16 + header 52 + (26 + 6*22 + 14) + (26 + 8*22 + 14) + margin 16 - gap 14.
    const png = toPng(renderPreview(fixture('v1', 'base')));
    expect(png).toMatchObject({ width: 24 * 36 + 2 * 16, height: 16 + 52 + 172 + 216 + 16 - 14 });
    expect(png.bytes).toBeGreaterThan(1000);
  });

  it('draws every panel with its title, type and unit, v1 and v2 alike', () => {
    for (const format of ['v1', 'v2'] as const) {
      const svg = renderPreview(fixture(format, 'base'));
      expect(boxFills(svg)).toHaveLength(5);
      expect(svg).toContain('>Checkout latency distribution</text>');
      expect(svg).toContain('>heatmap · s</text>');
      expect(svg).toContain('>Tab: Latency</text>');
    }
  });

  it('is deterministic and escapes text', () => {
    const document = JSON.parse(fixtureText('v1', 'base'));
    document.title = 'A <b>&</b> "quoted" dashboard';
    const dashboard = readDashboard(document, 'x.json');
    const svg = renderPreview(dashboard);
    expect(renderPreview(dashboard)).toBe(svg);
    expect(svg).toContain('A &lt;b&gt;&amp;&lt;/b&gt; &quot;quoted&quot; dashboard');
    expect(toPng(svg).width).toBe(896);
  });

  it('places panels without grid positions (v2 auto grid) in reading order', () => {
    const document = JSON.parse(fixtureText('v2', 'base'));
    for (const tab of document.spec.layout.spec.tabs) {
      tab.spec.layout = { kind: 'AutoGridLayout', spec: { items: tab.spec.layout.spec.items.map((item: { spec: { element: unknown } }) => ({ kind: 'AutoGridLayoutItem', spec: { element: item.spec.element } })) } };
    }
    const svg = renderPreview(readDashboard(document, 'auto.json'));
    expect(boxFills(svg)).toHaveLength(5);
    expect(toPng(svg).height).toBeGreaterThan(200);
  });

  it('escapeXml removes characters XML cannot hold', () => {
    expect(escapeXml('a\u0001b<')).toBe('ab&lt;');
  });
});

describe('renderDiffPreview', () => {
  const base = fixture('v1', 'base');

  it('puts before and after side by side and colours added, removed, changed panels', () => {
    const svg = renderDiffPreview([diffDashboards(base, fixture('v1', 'add-panel')), diffDashboards(base, fixture('v1', 'remove-panel')), diffDashboards(base, fixture('v1', 'unit'))]);
    const fills = boxFills(svg);
    expect(fills.filter((fill) => fill === '#d3f9d8')).toHaveLength(1);
    expect(fills.filter((fill) => fill === '#ffe3e3')).toHaveLength(1);
    // The changed panel is amber on both sides.
    expect(fills.filter((fill) => fill === '#fff3bf')).toHaveLength(2);
    expect(toPng(svg).width).toBe(2 * 24 * 36 + 32 + 2 * 16);
  });

  it('outlines a moved panel on both sides', () => {
    const svg = renderDiffPreview([diffDashboards(base, fixture('v1', 'move-across-tabs'))]);
    expect([...svg.matchAll(/stroke="#1c7ed6" stroke-width="3" stroke-dasharray="6 3"/g)]).toHaveLength(2);
  });
});

describe('generate-dashboards preview', () => {
  const folder = temporaryFolder('preview-cli-');
  afterAll(folder.remove);

  it('writes one SVG per dashboard, keeping the folder structure, into preview/ by default', async () => {
    mkdirSync(join(folder.path, 'in', 'v2'), { recursive: true });
    copyFileSync(fixturePath('v1', 'base'), join(folder.path, 'in', 'shop.json'));
    copyFileSync(fixturePath('v2', 'base'), join(folder.path, 'in', 'v2', 'shop.json'));
    const result = await cli(folder.path, 'preview', 'in');
    expect(result).toEqual({ code: 0, stdout: 'preview/shop.svg\npreview/v2/shop.svg\n', stderr: '' });
    expect(readFileSync(join(folder.path, 'preview', 'v2', 'shop.svg'), 'utf8')).toBe(renderPreview(fixture('v2', 'base')).replace('v2/base.json', 'in/v2/shop.json'));
  });

  it('without paths draws what the code builds, named like the outputs', async () => {
    const io = captureIO(folder.path);
    expect(await runCli(testProject(), ['preview', '--out', 'built'], io)).toBe(0);
    expect(io.out()).toBe('built/dashboards/test-small.svg\nbuilt/v2/test-small.svg\n');
    const svg = readFileSync(join(folder.path, 'built', 'v2', 'test-small.svg'), 'utf8');
    expect(svg).toContain('>Latency heatmap</text>');
    expect(toPng(svg).width).toBe(896);
  });

  it('--out chooses the folder; a malformed file exits 2 with its position', async () => {
    const ok = await cli(folder.path, 'preview', '--out', 'pictures', fixturePath('v1', 'unit'));
    expect(ok.stdout).toBe('pictures/unit.svg\n');
    const broken = join(folder.path, 'broken.json');
    writeFileSync(broken, '{"panels": [}');
    const result = await cli(folder.path, 'preview', 'broken.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('broken.json:1:13: malformed JSON (ValueExpected)\n');
  });
});
