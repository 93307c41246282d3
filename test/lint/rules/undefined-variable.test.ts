import { describe, expect, it } from 'vitest';
import { lintDashboard } from '../../../src/lint/run.ts';
import { undefinedVariable } from '../../../src/lint/rules/undefined-variable.ts';
import { panel, read, v1 } from '../fixtures.ts';

const lint = (document: unknown) => lintDashboard(read(document), { rules: [undefinedVariable] });

describe('undefined-variable', () => {
  it('reports a variable the dashboard does not define, at its position, with the nearest name', () => {
    const expr = 'sum(rate(up{job="$jbo"}[$__rate_interval]))';
    const findings = lint(v1([panel(1, expr)]));
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'undefined-variable',
        severity: 'error',
        panel: 'Panel 1',
        refId: 'A',
        line: 1,
        column: expr.indexOf('$jbo') + 1,
        message: expect.stringContaining('$jbo'),
        suggestion: 'did you mean $job?',
      }),
    ]);
  });

  it('accepts defined variables, Grafana globals and their deprecated spellings', () => {
    const expr =
      'sum by (job) (rate(up{job=~"${job:regex}"}[$__rate_interval])) / $__range_s + $__interval_ms * $interval + [[job]]';
    expect(lint(v1([panel(1, expr)]))).toEqual([]);
  });

  it('reports each missing name once per query, and a missing datasource variable once per panel', () => {
    const expr = 'up{a="$missing"} + up{b="$missing"}';
    const broken = panel(1, expr, { datasource: { type: 'prometheus', uid: '${ds}' } });
    const findings = lint(v1([broken]));
    expect(findings.map((finding) => finding.message)).toEqual([
      'the datasource uses $ds, which is not a variable of this dashboard',
      'the query uses $missing, which is not a variable of this dashboard',
    ]);
  });

  it('checks the queries and datasources of template variables', () => {
    const document = v1([], {
      templating: {
        list: [
          { name: 'datasource', type: 'datasource', query: 'prometheus' },
          { name: 'instance', type: 'query', query: 'label_values(up{job="$job"}, instance)', datasource: '$datasource' },
          { name: 'job', type: 'query', query: 'label_values(up, job)', datasource: '$prom' },
        ],
      },
    });
    expect(lint(document).map((finding) => finding.message)).toEqual([
      'the datasource of variable "job" uses $prom, which is not a variable of this dashboard',
    ]);
  });

  it('leaves a backslash-escaped dollar in a regex alone', () => {
    expect(lint(v1([panel(1, 'up{topic!~"SYSTEM.*|\\\\$SYS.*"}')]))).toEqual([]);
  });

  it('treats import inputs (${DS_PROMETHEUS}) as defined', () => {
    const document = v1([panel(1, 'up', { datasource: '${DS_PROMETHEUS}', targets: [{ refId: 'A', expr: 'up' }] })], {
      __inputs: [{ name: 'DS_PROMETHEUS', type: 'datasource', pluginId: 'prometheus' }],
    });
    expect(lint(document)).toEqual([]);
  });
});
