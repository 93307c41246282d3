import { catalogLookup, metricScope } from '../../promql/catalog.ts';
import type { QueryRule } from '../rule.ts';

/**
 * Catalog-free: endings that Prometheus and OpenTelemetry naming give gauges. Names that merely lack `_total`
 * are not enough: many exporters (SNMP, older ones) name counters freely, and flagging them all is noise.
 */
const gaugeSuffix =
  /(?:_ratio|_percent|_percentage|_celsius|_temperature|_info|_timestamp|_timestamp_seconds|_active|_current|_in_flight|_inflight|_in_progress|_up|_limit|_size_bytes|_usage_bytes|_available_bytes|_free_bytes|_utilization)$/;

export const rateOnGaugeName: QueryRule = {
  scope: 'query',
  id: 'rate-on-gauge-name',
  severity: 'info',
  description: 'rate/irate/increase over a metric outside the catalog whose name says gauge (_ratio, _percent, _info, _active, _limit, ...)',
  rationale:
    '`rate` and `increase` assume a counter: every drop is read as a reset, so a gauge that goes down produces made-up spikes. The name is the only hint when the metric is not in the catalog.',
  origins: [{ tool: 'pint', check: 'promql/rate' }],
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: 'rate(process_virtual_memory_max_bytes_limit[$__rate_interval])',
    good: 'deriv(process_virtual_memory_max_bytes_limit[$__rate_interval])',
  },
  check({ analysis, naming }, report) {
    if (!analysis.parsed) return;
    const lookup = naming === undefined ? undefined : catalogLookup(naming);
    for (const node of analysis.nodes) {
      if (node.kind !== 'call' || node.signature?.samples !== 'rate') continue;
      const origin = node.args[0]?.samples;
      if (origin === undefined || origin.rated) continue;
      for (const selector of origin.selectors) {
        const metric = selector.metric;
        if (metric === undefined || metric.templated || !gaugeSuffix.test(metric.name)) continue;
        // Catalog names are judged by the catalog rules (rate-on-gauge, unknown-metric).
        if (lookup !== undefined && metricScope(lookup, metric.name) !== 'outside') continue;
        report({
          message: `${node.name.name}() over \`${metric.name}\`, whose name says gauge; ${node.name.name}() reads drops as counter resets`,
          suggestion: 'deriv() or delta() for the change of a gauge',
          from: metric.from,
          to: metric.to,
        });
      }
    }
  },
};
