import { describe, expect, it } from 'vitest';
import { substituteTemplates } from '../../src/promql/substitute.ts';
import { parser } from '@prometheus-io/lezer-promql';

function hasError(text: string): boolean {
  let error = false;
  parser.parse(text).iterate({ enter: (node) => void (node.type.isError && (error = true)) });
  return error;
}

describe('Grafana template substitution', () => {
  const cases: [string, string, string][] = [
    ['rate range', 'rate(x[$__rate_interval])', 'duration'],
    ['subquery step', 'max_over_time(x[1h:$__interval])', 'duration'],
    ['offset', 'x offset $shift', 'duration'],
    ['grouping', 'sum by ($group) (x)', 'label'],
    ['braced grouping', 'sum without (${group}) (x)', 'label'],
    ['on()', 'a / on([[group]]) b', 'label'],
    ['number', 'x / $__range_s', 'number'],
    ['function argument', 'topk($n, x)', 'number'],
    ['metric name', '$metric{job="a"}', 'metric'],
    ['label value', 'x{job=~"$job"}', 'string'],
    ['operator', 'a{job="x"} $op on (job) b', 'operator'],
    ['inside a metric name', 'rate(vault_route_${mount}__sum[5m])', 'metric'],
    ['number of a duration', 'rate(x[${minutes}m])', 'number'],
    ['inside a label name', 'sum by (tag_$name) (x)', 'label'],
    ['operand after bool', 'a > bool $threshold', 'number'],
  ];
  for (const [title, query, place] of cases) {
    it(`${title}: ${query}`, () => {
      const result = substituteTemplates(query);
      expect(result.text).toHaveLength(query.length);
      expect(result.references.map((reference) => reference.place)).toEqual([place]);
      expect(hasError(result.text)).toBe(false);
      expect(result.text.includes('$')).toBe(place === 'string');
    });
  }

  it('records every syntax with name, format and position', () => {
    const query = 'sum by (${group:csv}) (rate(x{a=~"[[job:regex]]", b="${env}"}[$__rate_interval]))';
    const { references } = substituteTemplates(query);
    expect(references.map(({ name, format, builtin }) => [name, format, builtin])).toEqual([
      ['group', 'csv', false],
      ['job', 'regex', false],
      ['env', undefined, false],
      ['__rate_interval', undefined, true],
    ]);
    for (const reference of references) expect(query.slice(reference.from, reference.to)).toMatch(/^(\$|\[\[)/);
  });

  it('leaves capture-group references in label_replace alone', () => {
    expect(substituteTemplates('label_replace(x, "dst", "$1", "src", "(.*)")').references).toEqual([]);
  });

  it('returns the text unchanged when there is nothing to substitute', () => {
    expect(substituteTemplates('sum(rate(x[5m]))')).toEqual({ text: 'sum(rate(x[5m]))', references: [] });
  });

  it('ignores `$` in comments and tolerates unterminated strings', () => {
    expect(substituteTemplates('x # $job\n').references).toEqual([]);
    expect(substituteTemplates('x{a="$job').references.map((reference) => reference.place)).toEqual(['string']);
  });
});
