import { describe, expect, it } from 'vitest';
import { lintDashboard } from '../../src/lint/run.ts';
import { variablePromQL } from '../../src/lint/variable-queries.ts';
import { read, v1 } from './fixtures.ts';

const variable = (query: string) => ({ name: 'ns', type: 'query', query, datasource: { type: 'prometheus', uid: '${datasource}' } });
const dashboard = (query: string) => read(v1([], { templating: { list: [{ name: 'datasource', type: 'datasource', query: 'prometheus' }, variable(query)] } }));

describe('PromQL of query variables', () => {
  it('gives the selector of label_values and the expression of query_result', () => {
    const info = dashboard('label_values(up{job="a"}, instance)');
    expect(variablePromQL(info.variables[1]!, info)?.expr).toBe('up{job="a"}');
  });

  it('reports a malformed label_values instead of skipping it', () => {
    const info = dashboard('label_values(up{, namespace)');
    expect(variablePromQL(info.variables[1]!, info)?.expr).toBe('up{, namespace)');
    const findings = lintDashboard(info, {}).filter((finding) => finding.rule === 'promql-syntax');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]!.message).toMatch(/^variable "ns": /);
  });

  it('has none for label_values(label) and other variable functions', () => {
    for (const query of ['label_values(job)', 'label_names()', 'metrics(up.*)']) {
      const info = dashboard(query);
      expect(variablePromQL(info.variables[1]!, info), query).toBeUndefined();
    }
  });
});
