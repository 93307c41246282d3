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

describe('every variable format Grafana documents', () => {
  const formats = ['csv', 'pipe', 'regex', 'glob', 'json', 'lucene', 'percentencode', 'raw', 'singlequote', 'doublequote', 'sqlstring', 'text', 'queryparam', 'date', 'date:seconds', 'date:iso', 'date:YYYY-MM-DD'];
  for (const format of formats) {
    it(`:${format} as a label, a label value and an operand`, () => {
      for (const query of [`sum by (\${group:${format}}) (x{job=~"\${job:${format}}"})`, `x > \${threshold:${format}}`]) {
        const result = substituteTemplates(query);
        expect(result.references[0]?.format).toBe(format);
        expect(hasError(result.text), query).toBe(false);
      }
    });
  }

  it('reads the built-ins, and a time glued to digits as a number', () => {
    const queries = [
      'timestamp(x) * 1000 > ${__from:date:seconds}000',
      'x @ ${__to:date:seconds}',
      'x{job=~"$__all"}',
      'x @ $__to > $__from',
      'increase(x[${__range_s}s]) / $__range_s',
      'x / ${__range_ms} * $__interval_ms',
      'x offset ${__interval_ms}ms',
      'max_over_time(x[$__range:$__interval])',
      'x{user="${__user.login}", org="${__org.name}", dashboard="${__dashboard}"}',
    ];
    for (const query of queries) expect(hasError(substituteTemplates(query).text), query).toBe(false);
    expect(substituteTemplates('x > ${__from:date:seconds}000').references[0]?.place).toBe('number');
  });
});
