import type { QueryRule } from '../rule.ts';

export const rateOverAggregation: QueryRule = {
  scope: 'query',
  id: 'rate-over-aggregation',
  severity: 'warning',
  description: 'rate, irate, increase or resets over a subquery of an aggregation of raw counters (`rate(sum(x)[5m:])`)',
  rationale:
    'Counter resets are only visible on each series: once several counters are summed, one process restarting makes the sum drop, which rate reads as a reset of the sum and turns into a huge spike. Rate each series first, then aggregate: `sum(rate(x[5m]))`.',
  origins: [{ tool: 'pint', check: 'promql/rate' }],
  enabledByDefault: true,
  needsCatalog: false,
  example: {
    bad: 'rate(sum(primitive_execution_count_total)[5m:])',
    good: 'sum(rate(primitive_execution_count_total[$__rate_interval]))',
  },
  check({ analysis }, report) {
    if (!analysis.parsed) return;
    for (const node of analysis.nodes) {
      if (node.kind !== 'call' || (node.signature?.samples !== 'rate' && node.name.name !== 'resets')) continue;
      const subquery = node.args[0];
      if (subquery?.kind !== 'subquery') continue;
      const aggregation = analysis.nodes.find(
        (inner) =>
          inner.kind === 'aggregate' &&
          inner.from >= subquery.from &&
          inner.to <= subquery.to &&
          inner.signature?.labels === 'group' &&
          inner.signature.counts === false &&
          inner.samples !== undefined &&
          !inner.samples.rated &&
          inner.samples.selectors.length > 0,
      );
      if (aggregation === undefined || aggregation.kind !== 'aggregate') continue;
      report({
        message: `${node.name.name}() over a subquery of ${aggregation.op.name}(): a reset of one counter looks like a drop of the ${aggregation.op.name}, read as a reset of it`,
        suggestion: `${aggregation.op.name}(${node.name.name}(<counter>[$__rate_interval])): rate each series, then aggregate`,
        from: node.from,
        to: node.to,
      });
    }
  },
};
