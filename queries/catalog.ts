import { defineCatalog, valuePattern } from '../src/catalog/model.ts';

/**
 * TTA.dev's approved metrics contract, which the catalog follows value for value. Section references below
 * (`§2`, `§5`) are to this document.
 */
const contract = 'TTA.dev metrics-catalog.spec.md 1.0.0 (Approved 2026-03-04)';
const metricsSection = 'contract §2 OpenTelemetry Metrics';
const valuesSection = 'contract §5 Label Value Conventions';
/** Facts the contract's tables leave out, read from the module it was written from (TTA.dev's archived `metrics_v2.py`). */
const recordedBy = 'metrics_v2.py, the module contract §2 names as its source';

/** Bucket boundaries of `primitive.execution.duration`, in milliseconds (contract §2). */
export const executionDurationBucketsMs = [10, 50, 100, 250, 500, 1000, 2500, 5000, 10000] as const;

/**
 * `primitive.type` is the primitive's Python class name. TTA.dev defines about 60 classes ending in `Primitive`;
 * the families name the ones the dashboards select by role.
 */
const primitiveType = {
  description: "The primitive's Python class name (SequentialPrimitive, RetryPrimitive, OpenAIPrimitive, ...)",
  pattern: valuePattern<`${Capitalize<string>}Primitive`>('^[A-Z][A-Za-z0-9]*Primitive$'),
  families: {
    /** Primitives that run others in order, side by side or by a condition: a workflow is seen through them. */
    composition: ['SequentialPrimitive', 'ParallelPrimitive', 'ConditionalPrimitive', 'RouterPrimitive'],
    /** Primitives that wrap another to recover from its failures: retries and fallbacks show as their executions. */
    recovery: [
      'RetryPrimitive',
      'FallbackPrimitive',
      'TimeoutPrimitive',
      'CircuitBreakerPrimitive',
      'CompensationPrimitive',
      'AdaptiveRetryPrimitive',
      'AdaptiveFallbackPrimitive',
      'AdaptiveTimeoutPrimitive',
    ],
    /** Provider primitives: one execution is one LLM call. */
    llm: [
      'OpenAIPrimitive',
      'AnthropicPrimitive',
      'LiteLLMPrimitive',
      'OllamaPrimitive',
      'GroqPrimitive',
      'GoogleAIStudioPrimitive',
      'HuggingFacePrimitive',
      'OpenRouterPrimitive',
      'TogetherAIPrimitive',
    ],
    /** Primitives that answer from a cache before calling the primitive they wrap. */
    cache: ['CachePrimitive', 'AdaptiveCachePrimitive'],
  },
  source: valuesSection,
} as const;

const primitiveAttributes = {
  'primitive.name': { description: 'Name given to the primitive instance', source: metricsSection },
  'primitive.type': primitiveType,
  'execution.status': { description: 'Outcome of the execution', values: ['success', 'error'], source: valuesSection },
  'agent.type': { description: 'Agent running the workflow', optional: true, source: `${metricsSection}; optional in ${recordedBy}` },
  'error.type': {
    description: 'Exception class, on failures only',
    optional: true,
    source: `${metricsSection}; set on failures only in ${recordedBy}`,
  },
} as const;

const cacheAttributes = {
  'primitive.name': { description: 'Cache primitive', source: metricsSection },
  'cache.type': {
    description: 'Cache backend',
    optional: true,
    values: ['memory', 'redis', 'lru'],
    source: `${valuesSection}; optional in ${recordedBy}`,
  },
} as const;

/**
 * What the TTA.dev SDK must emit (meter `tta.primitives`, OpenTelemetry Python SDK), as its metrics contract
 * fixes it. Names here are the instruments' own; naming profiles derive what Prometheus stores.
 */
export const ttaCatalog = defineCatalog({
  name: 'TTA.dev primitives',
  meter: 'tta.primitives',
  source: contract,
  metrics: {
    executions: {
      name: 'primitive.execution.count',
      kind: 'counter',
      unit: '1',
      description: 'Executions of workflow primitives',
      attributes: primitiveAttributes,
      status: 'emitted',
      source: metricsSection,
    },
    executionDuration: {
      name: 'primitive.execution.duration',
      kind: 'histogram',
      unit: 'ms',
      description: 'Duration of primitive executions',
      attributes: primitiveAttributes,
      status: 'emitted',
      buckets: executionDurationBucketsMs,
      source: metricsSection,
    },
    connections: {
      name: 'primitive.connection.count',
      kind: 'counter',
      unit: '1',
      description: 'Calls from one primitive to the next',
      attributes: {
        'source.primitive': { description: 'Calling primitive (its name)', source: metricsSection },
        'target.primitive': { description: 'Called primitive (its name)', source: metricsSection },
        'connection.type': { description: 'How they are composed', values: ['sequential', 'parallel'], source: valuesSection },
      },
      status: 'emitted',
      source: metricsSection,
    },
    llmTokens: {
      name: 'llm.tokens.total',
      kind: 'counter',
      unit: '1',
      description: 'Tokens consumed by LLM calls',
      attributes: {
        'llm.provider': { description: 'LLM provider (openai, anthropic, ...)', source: metricsSection },
        'llm.model_name': { description: 'Model name as sent to the provider', source: metricsSection },
        'llm.token_type': {
          description: 'Input (prompt) or output (completion) tokens, and their total',
          values: ['input', 'output', 'total'],
          sumOf: { total: ['input', 'output'] },
          // What TTA.dev's archived metrics_v2.py docstrings and this project's first catalog called them.
          legacyValues: { prompt: 'input', completion: 'output' },
          source: valuesSection,
        },
      },
      status: 'emitted',
      source: metricsSection,
    },
    cacheHits: {
      name: 'cache.hits',
      kind: 'counter',
      unit: '1',
      description: 'Cache lookups that found an entry',
      attributes: cacheAttributes,
      status: 'emitted',
      source: metricsSection,
    },
    cacheLookups: {
      name: 'cache.total',
      kind: 'counter',
      unit: '1',
      description: 'All cache lookups, hits and misses',
      attributes: cacheAttributes,
      status: 'emitted',
      source: metricsSection,
    },
    activeWorkflows: {
      name: 'agent.workflows.active',
      kind: 'updowncounter',
      unit: '1',
      description: 'Workflows running now',
      attributes: {
        'agent.type': { description: 'Agent running the workflow', optional: true, source: `${metricsSection}; optional in ${recordedBy}` },
      },
      status: 'emitted',
      source: metricsSection,
    },
    sloCompliance: {
      name: 'slo.compliance',
      kind: 'gauge',
      unit: '1',
      description: 'Share of requests meeting an SLO, 0..1 (planned in the design; not emitted by the SDK today)',
      attributes: {
        'slo.name': { description: 'SLO name', source: 'TTA.dev observability design, not the contract' },
        'slo.target': { description: 'SLO target', source: 'TTA.dev observability design, not the contract' },
        'primitive.name': { description: 'Primitive the SLO covers', source: 'TTA.dev observability design, not the contract' },
      },
      status: 'planned',
      source: 'TTA.dev observability design, not the contract (the contract lists seven metrics)',
    },
  },
});

export type TtaCatalog = typeof ttaCatalog;
