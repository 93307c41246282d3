// Which queries are PromQL when the datasource is not named: Loki dashboards and LogQL pipelines are never linted
// as PromQL (run.test.ts covers queries that name their datasource).
import { describe, expect, it } from 'vitest';
import { prometheusQueries } from '../../src/lint/datasource.ts';
import { lintDashboard } from '../../src/lint/run.ts';
import { panel, read, v1 } from './fixtures.ts';

const linted = (document: unknown) => prometheusQueries(read(document)).map(({ query }) => query.expr);
const bare = (id: number, expr: string) => panel(id, expr, { datasource: undefined, targets: [{ refId: 'A', expr }] });
const logql = 'sum by (level) (count_over_time({app="api"} |= "error" | json [5m]))';

describe('LogQL is never parsed as PromQL', () => {
  it('skips bare queries on a dashboard whose only datasource variable is Loki', () => {
    const document = v1([bare(1, logql), bare(2, 'rate({app="api"}[5m])')], {
      templating: { list: [{ name: 'logs', type: 'datasource', query: 'loki' }] },
    });
    expect(linted(document)).toEqual([]);
    expect(lintDashboard(read(document), {}).filter((finding) => finding.rule === 'promql-syntax')).toEqual([]);
  });

  it('skips bare queries of a dashboard imported with only a Loki input', () => {
    const document = v1([bare(1, 'rate({app="api"}[5m])')], { templating: { list: [] }, __inputs: [{ name: 'DS_LOKI', type: 'datasource', pluginId: 'loki' }] });
    expect(linted(document)).toEqual([]);
  });

  it('skips a bare query with a LogQL pipeline, but still lints bare PromQL and any query on Prometheus', () => {
    const document = v1([bare(1, logql), bare(2, 'sum(rate(x_total[5m]))'), panel(3, 'sum(x) |= "y"')], { templating: { list: [] } });
    expect(linted(document)).toEqual(['sum(rate(x_total[5m]))', 'sum(x) |= "y"']);
  });

  it('lints bare queries when a Prometheus datasource variable sits next to Loki', () => {
    const document = v1([bare(1, 'up')], {
      templating: { list: [{ name: 'logs', type: 'datasource', query: 'loki' }, { name: 'datasource', type: 'datasource', query: 'prometheus' }] },
    });
    expect(linted(document)).toEqual(['up']);
  });

  it('does not read a Loki query variable as PromQL', () => {
    const document = v1([], {
      templating: { list: [{ name: 'logs', type: 'datasource', query: 'loki' }, { name: 'app', type: 'query', query: 'label_values({job="x"} |= "y", app)' }] },
    });
    expect(lintDashboard(read(document), {}).filter((finding) => finding.rule === 'promql-syntax')).toEqual([]);
  });
});
