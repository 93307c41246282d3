/**
 * The simulated TTA.dev application: agent workflows composed of primitives, the way TTA.dev composes
 * them (sequential, parallel, router, retry, fallback, cache around LLM calls and tools). Each step is
 * recorded under the Python class name TTA.dev gives it (`primitive.type`, contract §5).
 */

import type { AttributeValue } from '../src/catalog/model.ts';
import type { TtaCatalog } from '../queries/catalog.ts';

type PrimitiveTypeSpec = TtaCatalog['metrics']['executions']['attributes']['primitive.type'];

/** The provider primitive that makes an LLM call: one of the catalog's `llm` family, which the savings panel counts. */
export type LlmPrimitiveClass = PrimitiveTypeSpec['families']['llm'][number];

export type CacheType = AttributeValue<TtaCatalog['metrics']['cacheLookups'], 'cache.type'>;

export type ErrorType = 'TimeoutError' | 'RateLimitError' | 'ValidationError' | 'ConnectionError';

/** A leaf that does work: an LLM call or a tool. */
export interface LlmStep {
  readonly type: 'llm';
  readonly name: string;
  readonly primitiveClass: LlmPrimitiveClass;
  readonly provider: string;
  readonly model: string;
  readonly medianMs: number;
  readonly failure: number;
  readonly errors: readonly ErrorType[];
}

export interface ToolStep {
  readonly type: 'tool';
  readonly name: string;
  readonly medianMs: number;
  readonly failure: number;
  readonly errors: readonly ErrorType[];
}

export interface CompositeStep {
  readonly type: 'sequential' | 'parallel' | 'router' | 'fallback';
  readonly name: string;
  readonly steps: readonly Step[];
}

export interface RetryStep {
  readonly type: 'retry';
  readonly name: string;
  readonly attempts: number;
  readonly step: Step;
}

export interface CacheStep {
  readonly type: 'cache';
  readonly name: string;
  readonly cacheType?: CacheType;
  readonly hitRate: number;
  readonly step: Step;
}

/** Runs one of two branches, chosen by a condition on the input (`ConditionalPrimitive`). */
export interface ConditionalStep {
  readonly type: 'conditional';
  readonly name: string;
  /** How often the condition holds and `then` runs. */
  readonly thenShare: number;
  readonly then: Step;
  readonly otherwise: Step;
}

/** Gives up on its step after `limitMs` with a `TimeoutError` (`TimeoutPrimitive`). */
export interface TimeoutStep {
  readonly type: 'timeout';
  readonly name: string;
  readonly limitMs: number;
  readonly step: Step;
}

export type Step = LlmStep | ToolStep | CompositeStep | RetryStep | CacheStep | ConditionalStep | TimeoutStep;

export interface Workflow {
  /** Absent for background jobs that no agent runs: `agent.type` is optional on the SDK's metrics. */
  readonly agentType?: string;
  /** Relative frequency among workflows. */
  readonly weight: number;
  readonly root: Step;
}

const llm = (
  name: string,
  primitiveClass: LlmPrimitiveClass,
  provider: string,
  model: string,
  medianMs: number,
  failure = 0.04,
): LlmStep => ({
  type: 'llm',
  name,
  primitiveClass,
  provider,
  model,
  medianMs,
  failure,
  errors: ['RateLimitError', 'TimeoutError'],
});

const gpt4o = (name: string): LlmStep => llm(name, 'OpenAIPrimitive', 'openai', 'gpt-4o', 900);
const gpt4oMini = (name: string): LlmStep => llm(name, 'OpenAIPrimitive', 'openai', 'gpt-4o-mini', 350);
const sonnet = (name: string): LlmStep => llm(name, 'AnthropicPrimitive', 'anthropic', 'claude-sonnet-4-20250514', 1100);
const haiku = (name: string): LlmStep => llm(name, 'AnthropicPrimitive', 'anthropic', 'claude-3-5-haiku-20241022', 300);
// Not in queries/prices.ts, so that the "Tokens without a price" panel has something to show.
const gemini = (name: string): LlmStep => llm(name, 'GoogleAIStudioPrimitive', 'google', 'gemini-1.5-flash', 400, 0.06);

const tool = (name: string, medianMs: number, failure: number, errors: readonly ErrorType[]): ToolStep => ({
  type: 'tool',
  name,
  medianMs,
  failure,
  errors,
});

/** Primary provider with a second provider behind it, retried on transient errors. */
const resilientLlm = (name: string, primary: LlmStep, backup: LlmStep): Step => ({
  type: 'fallback',
  name: `${name}_fallback`,
  steps: [{ type: 'retry', name: `${name}_retry`, attempts: 3, step: primary }, backup],
});

export const workflows: readonly Workflow[] = [
  {
    agentType: 'planner',
    weight: 3,
    root: {
      type: 'sequential',
      name: 'plan_pipeline',
      steps: [
        { type: 'cache', name: 'plan_cache', cacheType: 'memory', hitRate: 0.35, step: gpt4o('plan_llm') },
        tool('plan_validator', 15, 0.05, ['ValidationError']),
      ],
    },
  },
  {
    agentType: 'researcher',
    weight: 3,
    root: {
      type: 'sequential',
      name: 'research_pipeline',
      steps: [
        {
          type: 'cache',
          name: 'search_cache',
          cacheType: 'redis',
          hitRate: 0.55,
          step: { type: 'timeout', name: 'search_timeout', limitMs: 1500, step: tool('web_search', 600, 0.03, ['ConnectionError']) },
        },
        {
          type: 'parallel',
          name: 'source_fanout',
          steps: [gpt4oMini('summarize_llm'), haiku('extract_llm'), gemini('classify_llm')],
        },
        resilientLlm('synthesis', sonnet('synthesis_llm'), gpt4o('synthesis_backup_llm')),
      ],
    },
  },
  {
    agentType: 'coder',
    weight: 2,
    root: {
      type: 'sequential',
      name: 'coding_pipeline',
      steps: [
        {
          type: 'router',
          name: 'model_router',
          steps: [gpt4oMini('quick_fix_llm'), resilientLlm('deep_fix', sonnet('deep_fix_llm'), gpt4o('deep_fix_backup_llm'))],
        },
        { type: 'retry', name: 'test_retry', attempts: 2, step: tool('test_runner', 2200, 0.12, ['ValidationError', 'TimeoutError']) },
      ],
    },
  },
  {
    agentType: 'reviewer',
    weight: 2,
    root: {
      type: 'sequential',
      name: 'review_pipeline',
      steps: [
        { type: 'cache', name: 'diff_cache', cacheType: 'lru', hitRate: 0.25, step: tool('diff_loader', 40, 0.01, ['ConnectionError']) },
        {
          type: 'conditional',
          name: 'review_depth',
          thenShare: 0.6,
          then: { type: 'parallel', name: 'review_fanout', steps: [sonnet('style_review_llm'), gpt4o('logic_review_llm')] },
          otherwise: haiku('quick_review_llm'),
        },
      ],
    },
  },
  {
    weight: 1,
    root: {
      type: 'sequential',
      name: 'index_refresh',
      steps: [
        { type: 'cache', name: 'embedding_cache', hitRate: 0.7, step: gpt4oMini('embedding_llm') },
        tool('vector_upsert', 5500, 0.02, ['TimeoutError']),
      ],
    },
  },
];
