import type { QueryRule } from '../rule.ts';

export const rateOnGauge: QueryRule = {
  scope: 'query',
  id: 'rate-on-gauge',
  severity: 'error',
  description: 'rate, irate or increase over a gauge (or up-down counter), whose drops they misread as counter resets',
  rationale:
    '`rate` and `increase` assume a counter: every drop is read as a reset, so a gauge that goes down produces made-up spikes.',
  origins: [{ tool: 'pint', check: 'promql/rate' }],
  enabledByDefault: true,
  needsCatalog: true,
  example: {
    bad: 'rate(agent_workflows_active[$__rate_interval])',
    good: 'deriv(agent_workflows_active[$__rate_interval])',
  },
  check({ analysis }, report) {
    if (!analysis.parsed) return;
    for (const node of analysis.nodes) {
      if (node.kind !== 'call' || node.signature?.samples !== 'rate') continue;
      const origin = node.args[0]?.samples;
      if (origin === undefined || origin.rated) continue;
      for (const selector of origin.selectors) {
        if (selector.series?.role !== 'gauge') continue;
        report({
          message: `${node.name.name}() treats \`${selector.series.name}\` as a counter, but it is a gauge (${selector.series.metric.kind})`,
          suggestion: node.name.name === 'increase' ? 'delta(...) for the change over the range' : 'deriv(...) for the per-second change of a gauge',
          from: node.name.from,
          to: node.name.to,
        });
      }
    }
  },
};
