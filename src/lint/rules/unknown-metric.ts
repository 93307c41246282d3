import { catalogLookup, suggestMetric } from '../../promql/catalog.ts';
import { promqlName } from '../../promql/strings.ts';
import type { QueryRule } from '../rule.ts';

/**
 * Names the active profile does not emit, when they look like catalog names gone wrong. Names unrelated to the
 * catalog (`up`, other exporters' metrics) are left alone, so mixed dashboards do not drown in findings.
 */
export const unknownMetric: QueryRule = {
  scope: 'query',
  id: 'unknown-metric',
  severity: 'error',
  description: 'A metric name near a catalog name that the active naming profile does not emit (missing `_total`, unit suffix, another profile\'s name, typo)',
  rationale:
    'A metric name close to, but not exactly, what the export path writes selects nothing: the panel stays empty without an error.',
  enabledByDefault: true,
  needsCatalog: true,
  example: {
    bad: 'rate(primitive_execution_count[$__rate_interval])',
    good: 'rate(primitive_execution_count_total[$__rate_interval])',
  },
  check({ analysis, naming }, report) {
    if (!analysis.parsed) return;
    if (naming === undefined) return;
    const lookup = catalogLookup(naming);
    for (const selector of analysis.selectors) {
      const metric = selector.metric;
      if (metric === undefined || metric.templated || selector.series !== undefined) continue;
      const suggestion = suggestMetric(lookup, metric.name);
      if (suggestion === undefined) continue;
      report({
        message: `\`${metric.name}\` is not emitted under ${naming.active.profile.id}: ${suggestion.reason}`,
        ...(suggestion.name === undefined ? {} : { suggestion: promqlName(suggestion.name, 'metric') }),
        from: metric.from,
        to: metric.to,
      });
    }
  },
};
