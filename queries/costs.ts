import {
  anyValue,
  div,
  type Expr,
  inFamily,
  increase,
  mul,
  oneOf,
  or,
  type Range,
  rate,
  select,
  sum,
  unless,
} from '../src/builder/promql/index.ts';
import { ttaCatalog } from './catalog.ts';
import { type PricedModel, type PricedTokenType, pricedModels, pricedTokenTypes } from './prices.ts';

const { llmTokens, executions, cacheHits } = ttaCatalog.metrics;

/** Input and output tokens, never their `total` as well: adding all three would count every token twice. */
const inputAndOutput = oneOf(...pricedTokenTypes);

function orAll<L extends string>(terms: readonly Expr<L>[]): Expr<L> {
  if (terms.length === 0) throw new Error('the price table lists no model');
  return terms.slice(1).reduce<Expr<L>>((all, term) => or(all, term), terms[0]);
}

const tokensOf = ({ provider, model }: PricedModel, tokenType?: PricedTokenType) =>
  select(llmTokens, {
    'llm.provider': provider,
    'llm.model_name': model,
    ...(tokenType === undefined ? {} : { 'llm.token_type': tokenType }),
  });

/**
 * Token counts weighted by their price, per series: one `tokens * USD-per-1M` term per priced model and
 * token type, joined with `or` (the terms select disjoint series, so `or` is their union).
 */
function pricedTokens(grow: typeof rate, range: Range) {
  return orAll(
    pricedModels().flatMap((entry) =>
      pricedTokenTypes.map((tokenType) => mul(grow(tokensOf(entry, tokenType), range), entry.price[tokenType])),
    ),
  );
}

/** Estimated spend in USD per hour for each priced model, from token rates and the price table. */
export const costUsdPerHourByModel = div(
  mul(sum(pricedTokens(rate, '$__rate_interval')).by('llm.provider', 'llm.model_name'), 3600),
  1e6,
);

/** Estimated spend in USD over the time range, all priced models. */
export const costUsdOverRange = div(sum(pricedTokens(increase, '$__range')), 1e6);

/**
 * Token rate of the models the price table does not list, so that unpriced usage is visible rather than
 * silently missing from the cost panels.
 */
export const unpricedTokensPerSecondByModel = unless(
  sum(rate(select(llmTokens, { 'llm.token_type': inputAndOutput }))).by('llm.provider', 'llm.model_name'),
  orAll(pricedModels().map((entry) => rate(tokensOf(entry)))),
).on('llm.provider', 'llm.model_name');

/**
 * Estimated USD saved by caching over the time range, assuming each cache hit avoided one LLM call of
 * average cost (priced spend / executions of the LLM provider primitives). LLM calls are counted for every
 * agent, like the token metrics, which carry no agent type.
 */
export const estimatedCacheSavingsUsd = (() => {
  const llmCalls = sum(increase(select(executions, { 'primitive.type': inFamily('llm'), 'agent.type': anyValue() })));
  const averageCallCostUsd = div(costUsdOverRange, llmCalls);
  return mul(sum(increase(select(cacheHits))), averageCallCostUsd);
})();

/** Input and output tokens per second by model (without `total`, so that a stack of them adds up). */
export const tokensPerSecondByModel = sum(rate(select(llmTokens, { 'llm.token_type': inputAndOutput }))).by(
  'llm.model_name',
  'llm.token_type',
);
