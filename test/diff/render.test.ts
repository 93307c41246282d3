import { describe, expect, it } from 'vitest';
import { diffDashboards, renderDiffMarkdown, renderDiffText } from '../../src/diff/index.ts';
import { fixture } from './helpers.ts';

const base = fixture('v1', 'base');
const diffOf = (name: string) => diffDashboards(base, fixture('v1', name));

describe('renderDiffText', () => {
  it('without colour: grouped by tab, changed query tokens bracketed like git --word-diff', () => {
    expect(renderDiffText([diffOf('add-panel'), diffOf('query'), diffOf('variable')], { color: false })).toBe(
      [
        'v1/add-panel.json: "Shop orders" (uid shop-orders): added 1 panel',
        '  tab "Latency":',
        '    + panel "Checkouts per second" added (stat, reqps)',
        '',
        'v1/query.json: "Shop orders" (uid shop-orders): changed 1 panel',
        '  tab "Latency":',
        '    ~ panel "p95 checkout latency" changed: query.A',
        '        query.A:',
        '          - histogram_quantile(',
        '          -   0.95,',
        '          -   sum by (le) (',
        '          -     rate(checkout_duration_seconds_bucket{job=~"$job"}[$__rate_interval])',
        '          -   )',
        '          - )',
        '          + histogram_quantile(',
        '          +   0.95,',
        '          +   sum by (le) (',
        '          +     rate(',
        '          +       checkout_duration_seconds_bucket{job=~"$job"{+, status="ok"+}}[$__rate_interval]',
        '          +     )',
        '          +   )',
        '          + )',
        '',
        'v1/variable.json: "Shop orders" (uid shop-orders): changed 1 variable, added 1 variable',
        '  ~ variable $job changed: query',
        '      variables.job.query: "label_values(orders_total, job)" -> "label_values(orders_total{env=\\"prod\\"}, job)"',
        '  + variable $status added',
        '',
      ].join('\n'),
    );
  });

  it('with colour: ANSI styles instead of brackets', () => {
    const text = renderDiffText([diffOf('query')], { color: true });
    expect(text).toContain('\x1b[1;42;30m, status="ok"\x1b[0m');
    expect(text).not.toContain('{+');
  });

  it('without colour there is no escape character at all', () => {
    const text = renderDiffText(['add-panel', 'remove-panel', 'move-within-tab', 'rename-panel', 'settings'].map(diffOf), { color: false });
    expect(text).not.toContain('\x1b');
    expect(text).toContain('    > panel "Orders per second" moved from position 1 to 2');
    expect(text).toContain('    - panel "Orders by status" removed (timeseries, reqps)');
    expect(text).toContain('    = panel "Failed order ratio" renamed from "Error ratio"');
    expect(text).toContain('      settings.refresh: "30s" -> "1m"');
  });

  it('says so when nothing changed', () => {
    expect(renderDiffText([diffDashboards(base, base)], { color: false })).toBe('No dashboard changes.\n');
    expect(renderDiffText([], { color: false })).toBe('No dashboards to compare.\n');
  });
});

describe('renderDiffMarkdown', () => {
  it('a summary table, then each dashboard with changed panels in <details>', () => {
    expect(renderDiffMarkdown([diffOf('thresholds'), diffOf('move-across-tabs'), diffDashboards(base, base)])).toBe(
      [
        '## Dashboard changes',
        '',
        '| Dashboard | File | Status | Changes |',
        '|---|---|---|---|',
        '| Shop orders | `v1/thresholds.json` | changed | changed 1 panel |',
        '| Shop orders | `v1/move-across-tabs.json` | changed | moved 1 panel |',
        '',
        '1 more dashboard unchanged.',
        '',
        '### Shop orders (`v1/thresholds.json`)',
        '',
        '**Tab Overview**',
        '',
        '<details><summary>panel "Error ratio" changed: thresholds</summary>',
        '',
        '| Field | Before | After |',
        '|---|---|---|',
        '| `thresholds` | `{"mode":"absolute","steps":[{"color":"green","value":null},{"color":"red","value":0.05}]}` | `{"mode":"absolute","steps":[{"color":"green","value":null},{"color":"red","value":0.02}]}` |',
        '',
        '</details>',
        '',
        '### Shop orders (`v1/move-across-tabs.json`)',
        '',
        '**Tab Latency**',
        '',
        '- panel "Orders by status" moved from tab "Overview"',
        '',
      ].join('\n'),
    );
  });

  it('queries become a diff block of the pretty-printed lines', () => {
    const markdown = renderDiffMarkdown([diffOf('query')]);
    expect(markdown).toContain(
      [
        '```diff',
        '  histogram_quantile(',
        '    0.95,',
        '    sum by (le) (',
        '-     rate(checkout_duration_seconds_bucket{job=~"$job"}[$__rate_interval])',
        '+     rate(',
        '+       checkout_duration_seconds_bucket{job=~"$job", status="ok"}[$__rate_interval]',
        '+     )',
        '    )',
        '  )',
        '```',
      ].join('\n'),
    );
  });

  it('escapes titles so they cannot inject markup', () => {
    const document = fixture('v1', 'rename-panel');
    const renamed = { ...document, panels: document.panels.map((panel) => (panel.title === 'Failed order ratio' ? { ...panel, title: 'A | <b>*x*</b>' } : panel)) };
    const markdown = renderDiffMarkdown([diffDashboards(base, renamed)]);
    expect(markdown).toContain('- panel "A \\| &lt;b&gt;\\*x\\*&lt;/b&gt;" renamed from "Error ratio"');
  });
});
