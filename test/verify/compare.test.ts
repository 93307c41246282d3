import { describe, expect, test } from 'vitest';
import { defineCatalog } from '../../src/catalog/model.ts';
import { findProfile, profiles } from '../../src/naming/profiles.ts';
import { verifyExposition } from '../../src/verify/compare.ts';
import { parseExposition } from '../../src/verify/exposition.ts';
import { formatVerifyText } from '../../src/verify/format.ts';

const catalog = defineCatalog({
  name: 'shop',
  meter: 'shop',
  metrics: {
    orders: {
      name: 'shop.orders',
      kind: 'counter',
      unit: '1',
      description: 'Orders',
      attributes: { status: { values: ['ok', 'failed'] }, region: { optional: true } },
      status: 'emitted',
    },
    latency: {
      name: 'shop.checkout.duration',
      kind: 'histogram',
      unit: 'ms',
      description: 'Checkout time',
      attributes: { status: { values: ['ok', 'failed'] } },
      status: 'emitted',
      buckets: [10, 100],
    },
    carts: { name: 'shop.carts.open', kind: 'updowncounter', unit: '1', description: 'Open carts', attributes: {}, status: 'emitted' },
    satisfaction: { name: 'shop.satisfaction', kind: 'gauge', unit: '1', description: 'Planned', attributes: {}, status: 'planned' },
  },
});

const jsProfile = findProfile('otel-js')!;
const pythonProfile = findProfile('otel-python')!;

function histogram(family: string, status: string): string[] {
  return [
    `${family}_count{status="${status}",otel_scope_name="shop"} 2`,
    `${family}_sum{status="${status}",otel_scope_name="shop"} 70`,
    `${family}_bucket{status="${status}",otel_scope_name="shop",le="10"} 1`,
    `${family}_bucket{status="${status}",otel_scope_name="shop",le="100"} 2`,
    `${family}_bucket{status="${status}",otel_scope_name="shop",le="+Inf"} 2`,
  ];
}

/** What the JS exporter writes for the catalog above, plus `extra` lines. */
function jsText(extra: readonly string[] = [], histogramFamily = 'shop_checkout_duration'): string {
  return [
    '# TYPE target_info gauge',
    'target_info{service_name="shop"} 1',
    '# TYPE shop_orders_total counter',
    'shop_orders_total{status="ok",region="eu",otel_scope_name="shop"} 5',
    'shop_orders_total{status="failed",otel_scope_name="shop"} 1',
    `# TYPE ${histogramFamily} histogram`,
    ...histogram(histogramFamily, 'ok'),
    '# TYPE shop_carts_open gauge',
    'shop_carts_open{otel_scope_name="shop"} 3',
    ...extra,
  ].join('\n');
}

const verify = (text: string, profile = jsProfile) => verifyExposition(parseExposition(text), catalog, profile, profiles);
const codes = (text: string, profile = jsProfile) =>
  verify(text, profile).findings.map((finding) => `${finding.level} ${finding.code} ${finding.series ?? finding.metric}`);

describe('verifyExposition', () => {
  test('an exposition that matches the catalog has no mismatch, and the planned metric is info', () => {
    const report = verify(jsText());
    expect(report.mismatches).toBe(0);
    expect(codes(jsText())).toEqual(['info planned-not-emitted shop.satisfaction']);
    expect(report.metrics.map((metric) => [metric.name, metric.ok])).toEqual([
      ['shop.orders', true],
      ['shop.checkout.duration', true],
      ['shop.carts.open', true],
      ['shop.satisfaction', true],
    ]);
    expect(report.metrics[0].labels).toEqual(['otel_scope_name', 'region', 'status']);
    expect(report.metrics[1].series.map((series) => [series.name, series.count, series.foundType])).toEqual([
      ['shop_checkout_duration_bucket', 3, 'histogram'],
      ['shop_checkout_duration_sum', 1, 'histogram'],
      ['shop_checkout_duration_count', 1, 'histogram'],
    ]);
    expect(report.matchingProfiles).toEqual(['otel-js']);
  });

  test('the histogram under another profile is named, with the unit suffix that differs', () => {
    const report = verify(jsText(), pythonProfile);
    expect(codes(jsText(), pythonProfile)).toEqual([
      'mismatch named-as-other-profile shop_checkout_duration_bucket',
      'info planned-not-emitted shop.satisfaction',
    ]);
    expect(report.findings[0].message).toBe(
      'shop.checkout.duration: expected shop_checkout_duration_milliseconds_bucket, shop_checkout_duration_milliseconds_sum, ' +
        'shop_checkout_duration_milliseconds_count under otel-python; the exposition has shop_checkout_duration_bucket, ' +
        'shop_checkout_duration_sum, shop_checkout_duration_count, without the `_milliseconds` unit suffix ' +
        '(the naming of otel-js, otlp-no-suffixes)',
    );
    const python = jsText([], 'shop_checkout_duration_milliseconds');
    expect(verify(python, pythonProfile).mismatches).toBe(0);
    expect(verify(python, jsProfile).findings[0].message).toContain('with an extra `_milliseconds` unit suffix');
  });

  test('a missing metric, a missing histogram part and a wrong TYPE are mismatches', () => {
    const text = jsText().replace('shop_carts_open{otel_scope_name="shop"} 3', '').replace('# TYPE shop_orders_total counter', '# TYPE shop_orders_total gauge');
    const withoutSum = text.split('\n').filter((line) => !line.startsWith('shop_checkout_duration_sum')).join('\n');
    expect(codes(withoutSum)).toEqual([
      'mismatch type-mismatch shop_orders_total',
      'mismatch series-missing shop_checkout_duration_sum',
      'mismatch metric-missing shop.carts.open',
      'info planned-not-emitted shop.satisfaction',
    ]);
  });

  test('labels: a required one missing, one the catalog does not know, a value outside the closed set', () => {
    const text = jsText(['shop_orders_total{region="us",otel_scope_name="shop"} 1', 'shop_orders_total{status="lost",tenant="t1"} 1']);
    const report = verify(text);
    expect(codes(text).filter((code) => code.startsWith('mismatch'))).toEqual([
      'mismatch label-missing shop_orders_total',
      'mismatch label-unexpected shop_orders_total',
      'mismatch value-unexpected shop_orders_total',
    ]);
    expect(report.findings.map((finding) => finding.message).slice(0, 3)).toEqual([
      'shop_orders_total: 1 of 4 series lack the required label `status`',
      'shop_orders_total: label `tenant` (on 1 series) is not an attribute of shop.orders in the catalog',
      'shop_orders_total: label `status` has lost; the catalog allows ok, failed',
    ]);
  });

  test('histogram buckets other than the catalog\'s are a mismatch', () => {
    const text = jsText().replace('le="100"', 'le="250"');
    expect(verify(text).findings.filter((finding) => finding.level === 'mismatch').map((finding) => finding.message)).toEqual([
      'shop_checkout_duration_bucket: buckets end at 10, 250, +Inf; the catalog says 10, 100, +Inf',
    ]);
  });

  test('unknown series under the namespace are mismatches; other series and _created companions are not', () => {
    const text = jsText([
      'shop_refunds_total 1',
      'shop_orders_created{status="ok"} 1.7e9',
      'shop_checkout_duration_created{status="ok"} 1.7e9',
      'process_cpu_seconds_total 3',
    ]);
    expect(codes(text)).toEqual(['info planned-not-emitted shop.satisfaction', 'mismatch series-unknown shop_refunds_total']);
  });

  test('a planned metric that shows up is reported as info, not as a mismatch', () => {
    const text = jsText(['# TYPE shop_satisfaction gauge', 'shop_satisfaction{otel_scope_name="shop"} 0.9']);
    expect(codes(text)).toEqual(['info planned-emitted shop.satisfaction']);
    expect(verify(text).mismatches).toBe(0);
  });

  test('the first line counts the catalog metrics present and missing and the unknown series', () => {
    const text = jsText(['shop_refunds_total{reason="late"} 1', 'shop_refunds_total{reason="broken"} 2', 'shop_stock_level 40'])
      .replace('shop_carts_open{otel_scope_name="shop"} 3', '');
    expect(verify(text).summary).toEqual({
      present: ['shop.orders', 'shop.checkout.duration'],
      missing: ['shop.carts.open'],
      planned: ['shop.satisfaction'],
      unknownSeries: 3,
      unknownNames: ['shop_refunds_total', 'shop_stock_level'],
      namespaces: ['shop_'],
    });
  });

  test('the text report starts with those counts', () => {
    const text = jsText(['shop_refunds_total{reason="late"} 1']).replace('shop_carts_open{otel_scope_name="shop"} 3', '');
    expect(formatVerifyText(verify(text), 'scrape.txt').split('\n').slice(0, 2)).toEqual([
      '2 of 3 catalog metrics present, 1 missing; 1 unknown series under shop_* (1 planned metric not counted)',
      'shop against scrape.txt (profile otel-js)',
    ]);
  });

  test('a metric found only under another profile\'s names is counted as missing', () => {
    expect(verify(jsText(), pythonProfile).summary).toMatchObject({ present: ['shop.orders', 'shop.carts.open'], missing: ['shop.checkout.duration'] });
  });
});

/**
 * What opentelemetry-exporter-prometheus (through prometheus_client) serves for a correct emitter of the catalog
 * above, by exporter version (REFERENCE §2, §6): no scope labels before 0.64b0; `otel_scope_name` and
 * `otel_scope_version` from 0.64b0; 0.65b0 also writes the empty `otel_scope_version=""` and
 * `otel_scope_schema_url=""` of a meter without version or schema URL. Values are floats, buckets follow the
 * advised boundaries (`le="10"` for the integer advice 10), `_count` before `_sum`, plus `target_info`.
 */
function pythonExporterText(scope: string): string {
  const labels = (own: string, le?: string) => `{${[own, scope, le === undefined ? '' : `le="${le}"`].filter((part) => part !== '').join(',')}}`;
  const family = 'shop_checkout_duration_milliseconds';
  return [
    '# HELP target_info Target metadata',
    '# TYPE target_info gauge',
    'target_info{service_name="shop",telemetry_sdk_language="python",telemetry_sdk_name="opentelemetry",telemetry_sdk_version="1.44.0"} 1.0',
    '# HELP shop_orders_total Orders',
    '# TYPE shop_orders_total counter',
    `shop_orders_total${labels('status="ok",region="eu"')} 5.0`,
    `shop_orders_total${labels('status="failed"')} 1.0`,
    '# HELP shop_checkout_duration_milliseconds Checkout time',
    `# TYPE ${family} histogram`,
    `${family}_bucket${labels('status="ok"', '10')} 1.0`,
    `${family}_bucket${labels('status="ok"', '100')} 2.0`,
    `${family}_bucket${labels('status="ok"', '+Inf')} 2.0`,
    `${family}_count${labels('status="ok"')} 2.0`,
    `${family}_sum${labels('status="ok"')} 70.0`,
    '# HELP shop_carts_open Open carts',
    '# TYPE shop_carts_open gauge',
    `shop_carts_open${labels('')} 3.0`,
    '',
  ].join('\n');
}

describe('verifyExposition across versions of the Python exporter', () => {
  test.each([
    ['0.46b0 to 0.63b0 (no scope labels)', ''],
    ['0.64b0 (scope name; a versioned meter adds its version)', 'otel_scope_name="shop",otel_scope_version="2.1.0"'],
    ['0.64b0 (scope name of a meter without version)', 'otel_scope_name="shop"'],
    ['0.65b0 (empty version and schema URL too)', 'otel_scope_name="shop",otel_scope_schema_url="",otel_scope_version=""'],
  ])('%s: a correct emitter has no mismatch under otel-python', (_version, scope) => {
    const report = verify(pythonExporterText(scope), pythonProfile);
    expect(report.findings).toEqual([expect.objectContaining({ code: 'planned-not-emitted' })]);
    expect(report.summary).toMatchObject({ present: ['shop.orders', 'shop.checkout.duration', 'shop.carts.open'], missing: [], unknownSeries: 0 });
    expect(report.matchingProfiles).toEqual(['otel-python', 'otlp']);
  });

  test('an empty label is absent, as Prometheus stores it: an empty required attribute is missing, not present', () => {
    const text = pythonExporterText('otel_scope_name="shop"').replace('status="failed"', 'status=""');
    expect(codes(text, pythonProfile)).toEqual(['mismatch label-missing shop_orders_total', 'info planned-not-emitted shop.satisfaction']);
  });

  test('a non-empty label the export path does not add is still unexpected', () => {
    const text = pythonExporterText('otel_scope_name="shop",otel_scope_tenant="t1"');
    expect(codes(text, pythonProfile).filter((code) => code.startsWith('mismatch'))).toEqual([
      'mismatch label-unexpected shop_orders_total',
      'mismatch label-unexpected shop_checkout_duration_milliseconds_bucket',
      'mismatch label-unexpected shop_checkout_duration_milliseconds_sum',
      'mismatch label-unexpected shop_checkout_duration_milliseconds_count',
      'mismatch label-unexpected shop_carts_open',
    ]);
  });
});
