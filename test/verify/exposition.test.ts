import { describe, expect, test } from 'vitest';
import { ExpositionParseError, familyOf, parseExposition } from '../../src/verify/exposition.ts';

// As @opentelemetry/exporter-prometheus 0.223 writes it (recorded from a real run).
const jsExporter = `# HELP target_info Target metadata
# TYPE target_info gauge
target_info{service_name="demo"} 1
# HELP req_duration Request duration
# UNIT req_duration ms
# TYPE req_duration histogram
req_duration_count{route="a",otel_scope_name="app"} 1
req_duration_sum{route="a",otel_scope_name="app"} 42
req_duration_bucket{route="a",otel_scope_name="app",le="10"} 0
req_duration_bucket{route="a",otel_scope_name="app",le="+Inf"} 1
req_duration_count{route="b",otel_scope_name="app"} 1
req_duration_sum{route="b",otel_scope_name="app"} 7
req_duration_bucket{route="b",otel_scope_name="app",le="10"} 1
req_duration_bucket{route="b",otel_scope_name="app",le="+Inf"} 1
`;

describe('parseExposition', () => {
  test('keeps the labels of every histogram series (what parse-prometheus-text-format loses)', () => {
    const exposition = parseExposition(jsExporter);
    const buckets = exposition.samples.filter((sample) => sample.name === 'req_duration_bucket');
    expect(buckets.map((sample) => [sample.labels.route, sample.labels.le, sample.value])).toEqual([
      ['a', '10', 0],
      ['a', '+Inf', 1],
      ['b', '10', 1],
      ['b', '+Inf', 1],
    ]);
    expect(exposition.samples.filter((sample) => sample.name === 'req_duration_sum').map((sample) => sample.labels.route)).toEqual(['a', 'b']);
    expect(exposition.families.get('req_duration')).toEqual({ name: 'req_duration', type: 'histogram', help: 'Request duration', unit: 'ms' });
    expect(familyOf(exposition, 'req_duration_bucket')?.name).toBe('req_duration');
    expect(familyOf(exposition, 'target_info')?.type).toBe('gauge');
  });

  test('reads OpenMetrics: counter family without _total, _created samples, timestamps, exemplars, # EOF', () => {
    const exposition = parseExposition(
      [
        '# TYPE jobs counter',
        'jobs_total{kind="x"} 3 1700000000.5 # {trace_id="abc"} 1',
        'jobs_created{kind="x"} 1.7e9',
        '# EOF',
      ].join('\n'),
    );
    expect(exposition.samples.map((sample) => [sample.name, sample.value])).toEqual([
      ['jobs_total', 3],
      ['jobs_created', 1.7e9],
    ]);
    expect(familyOf(exposition, 'jobs_total')?.type).toBe('counter');
    expect(familyOf(exposition, 'jobs_created')?.name).toBe('jobs');
    expect(familyOf(exposition, 'jobs_bucket')).toBeUndefined();
  });

  test('unescapes label values and reads quoted UTF-8 names, NaN and infinities', () => {
    const exposition = parseExposition(
      ['a{path="C:\\\\x",msg="say \\"hi\\"\\nbye"} NaN', '{"cache.hits_total", "primitive.name"="router"} +Inf', 'b -Inf'].join('\n'),
    );
    const [first, second, third] = exposition.samples;
    expect(first.labels).toEqual({ path: 'C:\\x', msg: 'say "hi"\nbye' });
    expect(Number.isNaN(first.value)).toBe(true);
    expect(second).toMatchObject({ name: 'cache.hits_total', labels: { 'primitive.name': 'router' }, value: Number.POSITIVE_INFINITY, line: 2 });
    expect(third.value).toBe(Number.NEGATIVE_INFINITY);
  });

  test.each([
    ['<html><body>Prometheus</body></html>', 1, 1, 'expected a metric name'],
    ['ok 1\nbad{le="1" 2', 2, 12, 'expected "," or "}"'],
    ['x{a="1} 2', 1, 5, 'unterminated string'],
    ['x{a 1} 2', 1, 5, 'expected "="'],
    ['x one', 1, 3, '"one" is not a number'],
    ['x{} ', 1, 4, 'expected a sample value'],
    ['x{a="1",a="2"} 1', 1, 9, 'label "a" appears twice'],
    ['# TYPE x countr', 1, 1, 'unknown metric type "countr"'],
  ])('%j is rejected at line %i, column %i', (text, line, column, message) => {
    const attempt = () => parseExposition(text);
    expect(attempt).toThrow(ExpositionParseError);
    expect(attempt).toThrow(message);
    try {
      attempt();
    } catch (error) {
      expect([(error as ExpositionParseError).line, (error as ExpositionParseError).column]).toEqual([line, column]);
    }
  });
});
