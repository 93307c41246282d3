import type { AttributeValue } from '../src/catalog/model.ts';
import type { ttaCatalog } from './catalog.ts';

type TokenType = AttributeValue<typeof ttaCatalog.metrics.llmTokens, 'llm.token_type'>;

/** USD per million tokens, for every token type the SDK records. */
export type ModelPrice = Readonly<Record<TokenType, number>>;

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
    'gpt-4o': { prompt: 2.5, completion: 10 },
    'gpt-4o-mini': { prompt: 0.15, completion: 0.6 },
  },
  anthropic: {
    'claude-sonnet-4-20250514': { prompt: 3, completion: 15 },
    'claude-3-5-haiku-20241022': { prompt: 0.8, completion: 4 },
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
