import { describe, expect, it } from 'vitest';
import { datasourceHardcoded } from '../../../src/lint/rules/datasource-hardcoded.ts';
import { lintDashboard } from '../../../src/lint/run.ts';
import { panel, read, v1 } from '../fixtures.ts';

const lint = (document: unknown) => lintDashboard(read(document), { rules: [datasourceHardcoded] });
const literal = { type: 'prometheus', uid: 'P1809F7CD0C75ACF3' };

describe('datasource-hardcoded', () => {
  it('reports a literal uid on the panel once, and a different one on a query', () => {
    const hardCoded = panel(1, 'up', {
      datasource: literal,
      targets: [
        { refId: 'A', expr: 'up', datasource: literal },
        { refId: 'B', expr: 'up', datasource: { type: 'prometheus', uid: 'other-uid' } },
      ],
    });
    const findings = lint(v1([hardCoded]));
    expect(findings.map((finding) => [finding.refId, finding.severity, finding.message])).toEqual([
      [undefined, 'warning', 'the panel uses the hard-coded datasource uid "P1809F7CD0C75ACF3"'],
      ['B', 'warning', 'the query uses the hard-coded datasource uid "other-uid"'],
    ]);
  });

  it('reports a variable whose query runs on a literal datasource', () => {
    const document = v1([], { templating: { list: [{ name: 'job', type: 'query', query: 'label_values(job)', datasource: literal }] } });
    expect(lint(document)).toEqual([expect.objectContaining({ message: expect.stringContaining('variable "job"') })]);
  });

  it('accepts datasource variables, default datasources and Grafana pseudo datasources', () => {
    const document = v1([
      panel(1, 'up'),
      panel(2, 'up', { datasource: null, targets: [{ refId: 'A', expr: 'up' }] }),
      panel(3, 'up', { datasource: '$datasource', targets: [{ refId: 'A', expr: 'up' }] }),
      panel(4, 'up', { datasource: { type: 'datasource', uid: '-- Mixed --' }, targets: [{ refId: 'A', expr: 'up', datasource: { type: 'prometheus', uid: '[[datasource]]' } }] }),
      panel(5, '', { datasource: { type: 'datasource', uid: '-- Grafana --' }, targets: [{ refId: 'A' }] }),
    ]);
    expect(lint(document)).toEqual([]);
  });

  it('leaves non-Prometheus panels alone', () => {
    const loki = { type: 'loki', uid: 'loki-uid' };
    expect(lint(v1([panel(1, '{job="x"}', { datasource: loki, targets: [{ refId: 'A', expr: '{job="x"}', datasource: loki }] })]))).toEqual([]);
  });
});
