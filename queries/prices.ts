import { ttaCatalog } from './catalog.ts';

/**
 * The token types that are priced: the parts of `total` (`input` and `output`). `total` is their sum, so
 * pricing it as well would count every token twice.
 */
export const pricedTokenTypes = ttaCatalog.metrics.llmTokens.attributes['llm.token_type'].sumOf.total;
export type PricedTokenType = (typeof pricedTokenTypes)[number];

/** USD per million tokens, for input (prompt) and output (completion) tokens. */
export type ModelPrice = Readonly<Record<PricedTokenType, number>>;

/** Provider (`llm.provider`) -> model (`llm.model_name`, exactly as sent to the provider) -> price. */
export type PriceTable = Readonly<Record<string, Readonly<Record<string, ModelPrice>>>>;

/** When the prices below were read from the providers' public list-price pages. */
export const pricesAsOf = '2025-06-01';

/**
 * Public list prices (standard tier, no batch or cached-input discounts) in USD per 1M tokens, as
 * published by OpenAI (openai.com/api/pricing) and Anthropic (anthropic.com/pricing) on `pricesAsOf`.
 * This is the one file to edit: add the models you call, spelled as the SDK records `llm.model_name`,
 * and update prices and the date. Every cost panel is generated from this table; tokens of models not
 * listed here are left out of costs and shown in the "Tokens without a price" panel instead.
 */
export const pricesUsdPerMillionTokens = {
  openai: {
    'gpt-4o': { input: 2.5, output: 10 },
    'gpt-4o-mini': { input: 0.15, output: 0.6 },
  },
  anthropic: {
    'claude-sonnet-4-20250514': { input: 3, output: 15 },
    'claude-3-5-haiku-20241022': { input: 0.8, output: 4 },
  },
} as const satisfies PriceTable;

export interface PricedModel {
  readonly provider: string;
  readonly model: string;
  readonly price: ModelPrice;
}

/** The table as a list, in the order written. */
export function pricedModels(table: PriceTable = pricesUsdPerMillionTokens): PricedModel[] {
  return Object.entries(table).flatMap(([provider, models]) =>
    Object.entries(models).map(([model, price]) => ({ provider, model, price })),
  );
}
