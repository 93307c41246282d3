import { badFrom } from '../src/builder/thresholds.ts';
import type { PanelDefinition, TabDefinition } from '../src/builder/model.ts';
import { cacheHitRatioByCacheType } from '../queries/cache.ts';
import { ttaCatalog } from '../queries/catalog.ts';
import {
  costUsdPerHourByModel,
  estimatedCacheSavingsUsd,
  tokensPerSecondByModel,
  unpricedTokensPerSecondByModel,
} from '../queries/costs.ts';
import { pricesAsOf } from '../queries/prices.ts';
import { primitiveClasses, prometheus } from './common.ts';

const priceSource = `list prices in queries/prices.ts (taken ${pricesAsOf})`;
const cacheTypes = ttaCatalog.metrics.cacheLookups.attributes['cache.type'].values.join(', ');

const tokensPanel: PanelDefinition = {
  title: 'Tokens by model and type',
  description:
    'How many tokens do LLM calls consume, per model, split into input (prompt) and output (completion) tokens? ' +
    'Tokens per second, stacked; the SDK\'s "total" token type, the sum of the two, is left out so that the stack ' +
    'adds up. The agent-type filter does not apply: token metrics carry no agent type.',
  type: 'timeseries',
  unit: 'suffix: tokens/s',
  min: 0,
  legend: { mode: 'table', placement: 'right', calcs: ['mean', 'max'] },
  size: { w: 12, h: 9 },
  targets: [prometheus.timeSeries(tokensPerSecondByModel, { legend: '{{llm.model_name}} {{llm.token_type}}' })],
  custom: { stacking: { mode: 'normal', group: 'A' }, fillOpacity: 15 },
};

const costPanel: PanelDefinition = {
  title: 'Estimated cost per hour',
  description:
    `What are the LLM calls costing? USD per hour per model: token rate x ${priceSource}, input and output ` +
    'tokens priced separately ("total" tokens, their sum, are not priced again). Standard list prices without batch, cached-input or negotiated discounts, so treat ' +
    'it as an estimate. Models missing from the price table are left out here and appear in "Tokens without a ' +
    'price"; add them to queries/prices.ts.',
  type: 'timeseries',
  unit: 'currencyUSD',
  decimals: 2,
  min: 0,
  legend: { mode: 'table', placement: 'right', calcs: ['mean', 'max'] },
  size: { w: 12, h: 9 },
  targets: [prometheus.timeSeries(costUsdPerHourByModel, { legend: '{{llm.provider}} {{llm.model_name}}' })],
  custom: { stacking: { mode: 'normal', group: 'A' }, fillOpacity: 15 },
};

const unpricedPanel: PanelDefinition = {
  title: 'Tokens without a price',
  description:
    'Are any models missing from the cost estimates? Token rate of every provider and model not listed in ' +
    'queries/prices.ts. Empty (no data) is the good state: every model in use has a price. Any line here means ' +
    'the cost panels underestimate spend.',
  type: 'timeseries',
  unit: 'suffix: tokens/s',
  min: 0,
  thresholds: badFrom(0, { color: 'orange' }),
  legend: { mode: 'list', placement: 'bottom' },
  size: { w: 8, h: 8 },
  targets: [prometheus.timeSeries(unpricedTokensPerSecondByModel, { legend: '{{llm.provider}} {{llm.model_name}}' })],
};

const cacheByTypePanel: PanelDefinition = {
  title: 'Cache hit ratio by cache type',
  description:
    `Which kind of cache pays off? Hits / lookups per cache backend (cache.type: ${cacheTypes}); caches recorded ` +
    'without a type are "unspecified". 0 % means lookups without hits; no line means no lookups. The agent filter ' +
    'does not apply.',
  type: 'timeseries',
  unit: 'percentunit',
  min: 0,
  max: 1,
  legend: { mode: 'list', placement: 'bottom' },
  size: { w: 8, h: 8 },
  targets: [prometheus.timeSeries(cacheHitRatioByCacheType, { legend: '{{cache.type}}' })],
};

const savingsPanel: PanelDefinition = {
  title: 'Estimated savings from caching',
  description:
    'Roughly how much did caching save over the selected range? Cache hits x average cost of one LLM call, where ' +
    `the average is the priced token spend (${priceSource}) divided by the executions of the LLM provider ` +
    `primitives (${primitiveClasses('llm')}). ` +
    'Assumes every cache hit avoided exactly one LLM call of average cost; hits of caches that do not front LLM ' +
    'calls inflate it, unpriced models deflate it. No data when no LLM call ran in the range (no average to apply).',
  type: 'stat',
  unit: 'currencyUSD',
  decimals: 2,
  size: { w: 8, h: 8 },
  targets: [prometheus.instant(estimatedCacheSavingsUsd)],
  options: { graphMode: 'none', colorMode: 'value' },
};

export const resourcesTab: TabDefinition = {
  title: 'Resources',
  panels: [tokensPanel, costPanel, unpricedPanel, cacheByTypePanel, savingsPanel],
};
