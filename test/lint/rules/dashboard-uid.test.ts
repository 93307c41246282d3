import { describe, expect, it } from 'vitest';
import { dashboardUid } from '../../../src/lint/rules/dashboard-uid.ts';
import { lintDashboard } from '../../../src/lint/run.ts';
import { panel, read, v1, v2Resource } from '../fixtures.ts';

const lint = (document: unknown) => lintDashboard(read(document), { rules: [dashboardUid] });

describe('dashboard-uid', () => {
  it('reports a missing uid and one Grafana would reject', () => {
    expect(lint(v1([panel(1, 'up')], { uid: undefined }))).toEqual([
      expect.objectContaining({ rule: 'dashboard-uid', severity: 'warning', message: expect.stringContaining('no uid'), pointer: '' }),
    ]);
    expect(lint(v1([], { uid: 'x'.repeat(41) }))).toEqual([expect.objectContaining({ message: expect.stringContaining('not accepted') })]);
    expect(lint(v1([], { uid: 'has space' }))).toHaveLength(1);
  });

  it('accepts a valid uid, also as a v2 resource name', () => {
    expect(lint(v1([], { uid: 'tta-overview_2' }))).toEqual([]);
    const resource = v2Resource('tta-v2', { title: 'T', elements: {}, layout: { kind: 'GridLayout', spec: { items: [] } } });
    expect(lint(resource)).toEqual([]);
  });
});
