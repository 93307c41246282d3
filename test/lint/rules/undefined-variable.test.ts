import { describe, expect, it } from 'vitest';
import { ttaDashboard } from '../../../panels/index.ts';
import { compileDashboard } from '../../../src/compile/index.ts';
import { findProfile, type NamingProfile } from '../../../src/naming/profiles.ts';
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

  it('checks the fields other datasources fill variables into, such as a Jaeger search service', () => {
    const jaeger = { type: 'jaeger', uid: '${datasource}' };
    const traces = (service: string) =>
      panel(1, '', { type: 'table', datasource: jaeger, targets: [{ refId: 'A', datasource: jaeger, queryType: 'search', service, limit: 20 }] });
    const templating = { list: [{ name: 'datasource', type: 'datasource', query: 'jaeger' }, { name: 'service', type: 'custom', query: 'a,b' }] };
    expect(lint(v1([traces('$service')], { templating }))).toEqual([]);
    expect(lint(v1([traces('${servce}')], { templating }))).toEqual([
      expect.objectContaining({
        panel: 'Panel 1',
        refId: 'A',
        message: "the query's `service` uses $servce, which is not a variable of this dashboard",
        suggestion: 'did you mean $service?',
        pointer: '/panels/0/targets/0/service',
      }),
    ]);
  });

  it("finds the TTA trace panel's $service defined, in the classic and the v2 file, and a misspelling in either", () => {
    const { classic, v2 } = JSON.parse(JSON.stringify(compileDashboard(ttaDashboard, findProfile('otel-python') as NamingProfile)));
    const service = (file: Record<string, any>) => lint(file).filter((finding) => finding.message.includes('`service`'));
    expect(service(classic)).toEqual([]);
    expect(service(v2)).toEqual([]);
    const trace = (dashboard: Record<string, any>) => dashboard.panels.flatMap((row: Record<string, any>) => row.panels ?? [row]).find((entry: Record<string, any>) => entry.title === 'Recent workflow executions');
    trace(classic).targets[0].service = '$servce';
    const element = Object.values(v2.spec.elements as Record<string, any>).find((entry) => entry.spec.title === 'Recent workflow executions');
    element.spec.data.spec.queries[0].spec.query.spec.service = '$servce';
    for (const file of [classic, v2]) expect(service(file).map((finding) => finding.suggestion)).toEqual(['did you mean $service?']);
  });
});
