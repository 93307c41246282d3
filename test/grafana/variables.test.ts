/** Variables and macros are substituted as Grafana's Prometheus datasource does. */
import { describe, expect, test } from 'vitest';
import { readDashboardText } from '../../src/dashboard/read.ts';
import { interpolate, resolveVariables, timeMacros, type VariableValue } from '../../src/grafana/variables.ts';

const hour = timeMacros(0, 3_600_000, 15_000);

function vars(entries: Record<string, VariableValue>): Map<string, VariableValue> {
  return new Map(Object.entries(entries));
}

describe('timeMacros', () => {
  test('$__interval is range / max data points, at least the scrape interval; $__rate_interval follows Grafana', () => {
    expect(timeMacros(0, 3_600_000, 1000)).toMatchObject({ intervalMs: 4000, rateIntervalMs: 5000 });
    expect(hour).toMatchObject({ intervalMs: 15_000, rateIntervalMs: 60_000 });
    expect(timeMacros(0, 60_000, 1000, 1000, 30_000)).toMatchObject({ intervalMs: 30_000, rateIntervalMs: 31_000 });
  });
});

describe('interpolate', () => {
  test('replaces the time macros in every spelling', () => {
    expect(interpolate('rate(x[$__rate_interval]) + increase(x[${__range}]) / $__range_s + $__interval_ms + $__interval', new Map(), hour)).toBe(
      'rate(x[60s]) + increase(x[3600s]) / 3600 + 15000 + 15s',
    );
    expect(() => interpolate('x[$__auto]', new Map(), hour)).toThrow('macro $__auto');
  });

  test('All with an allValue is inserted verbatim; without, every value as an escaped regex alternation', () => {
    const variables = vars({
      job: { values: ['a', 'b'], allValue: '.*', multi: true, includeAll: true },
      model: { values: ['gpt-4o', 'o1.preview'], multi: true, includeAll: true },
      one: { values: ['x.y'], multi: true, includeAll: true },
      single: { values: ["it's"], multi: false, includeAll: false },
    });
    expect(interpolate('x{job=~"$job", model=~"${model}", one=~"[[one]]", s="$single"}', variables, hour)).toBe(
      'x{job=~".*", model=~"(gpt-4o|o1\\\\.preview)", one=~"x\\\\.y", s="it\\\\\'s"}',
    );
    expect(interpolate('${model:csv} ${model:pipe} ${job:csv}', variables, hour)).toBe('gpt-4o,o1.preview gpt-4o|o1.preview .*');
  });

  test('leaves names that are no variable alone, such as label_replace group references', () => {
    expect(interpolate('label_replace(x, "id", "$1", "name", "(.*)") + $unknown', new Map(), hour)).toBe(
      'label_replace(x, "id", "$1", "name", "(.*)") + $unknown',
    );
  });
});

describe('resolveVariables', () => {
  test('runs label_values in order, so chained variables see the ones before them, and selects All', async () => {
    const dashboard = readDashboardText(
      JSON.stringify({
        title: 't',
        panels: [],
        templating: {
          list: [
            { name: 'ds', type: 'datasource', query: 'prometheus', current: { value: 'uid-1' } },
            { name: 'job', type: 'query', query: 'label_values(up, job)', multi: true, includeAll: true, allValue: '.*' },
            { name: 'agent', type: 'query', query: { query: 'label_values(x{job=~"$job"}, agent)' }, multi: true, includeAll: true, regex: '/^(p.*)$/' },
            { name: 'first', type: 'query', query: 'label_values(model)' },
            { name: 'window', type: 'custom', query: '5m,1h' },
            { name: 'service', type: 'custom', query: 'a,b,c', current: { text: 'b', value: 'b' } },
            { name: 'gone', type: 'custom', query: 'a,b', current: { text: 'z', value: 'z' } },
            { name: 'models', type: 'query', query: 'label_values(model)', multi: true, current: { value: ['m2', 'm1'] } },
          ],
        },
      }),
      'inline.json',
    );
    const asked: string[] = [];
    const resolved = await resolveVariables(
      dashboard,
      async (label, match) => {
        asked.push(`${label} ${match ?? '-'}`);
        return { job: ['demo'], agent: ['planner', 'coder', 'pilot'], model: ['m1', 'm2'] }[label] ?? [];
      },
      hour,
    );
    expect(asked).toEqual(['job up', 'agent x{job=~".*"}', 'model -', 'model -']);
    expect(Object.fromEntries([...resolved].map(([name, value]) => [name, [value.values, value.allValue]]))).toEqual({
      ds: [['uid-1'], undefined],
      job: [['demo'], '.*'],
      agent: [['planner', 'pilot'], undefined],
      first: [['m1'], undefined],
      window: [['5m'], undefined],
      // The saved selection where it is still an option, as Grafana keeps it; otherwise the first value.
      service: [['b'], undefined],
      gone: [['a'], undefined],
      models: [['m2', 'm1'], undefined],
    });
  });
});
