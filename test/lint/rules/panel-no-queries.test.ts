import { describe, expect, it } from 'vitest';
import { panelNoQueries } from '../../../src/lint/rules/panel-no-queries.ts';
import { lintDashboard } from '../../../src/lint/run.ts';
import { panel, read, v1 } from '../fixtures.ts';
import { lintExample } from './dashboard-example.ts';

const lint = (document: unknown) => lintDashboard(read(document), { rules: [panelNoQueries] });

describe('panel-no-queries', () => {
  it('reports its example and accepts the fix', () => {
    expect(lintExample(panelNoQueries, panelNoQueries.example.bad)).toHaveLength(1);
    expect(lintExample(panelNoQueries, panelNoQueries.example.good)).toEqual([]);
  });

  it('reports data panels without targets, and leaves text, rows, lists and library panels alone', () => {
    const document = v1([
      panel(1, 'up', { targets: undefined }),
      panel(2, 'up', { type: 'table', targets: [] }),
      panel(3, 'up', { type: 'text', targets: undefined }),
      panel(4, 'up', { type: 'dashlist', targets: [] }),
      panel(5, 'up', { targets: undefined, libraryPanel: { uid: 'shared', name: 'Shared' } }),
      panel(6, 'up'),
    ]);
    expect(lint(document).map((finding) => finding.panelId)).toEqual([1, 2]);
  });
});
