import { defineCatalog } from '../src/catalog/model.ts';

/** Bucket boundaries of `primitive.execution.duration`, in milliseconds, as the TTA.dev design sets them. */
export const executionDurationBucketsMs = [10, 50, 100, 250, 500, 1000, 2500, 5000, 10000] as const;

const primitiveAttributes = {
  'primitive.name': { description: 'Name given to the primitive instance' },
  'primitive.type': {
    description: 'Primitive class: sequential, parallel, router, retry, fallback, cache, llm, ...',
  },
  'execution.status': { description: 'Outcome of the execution', values: ['success', 'error'] },
  'agent.type': { description: 'Agent running the workflow', optional: true },
  'error.type': { description: 'Exception class, on failures only', optional: true },
} as const;

/**
 * What the TTA.dev SDK emits: meter `tta.primitives`, OpenTelemetry Python SDK.
 * Names here are the instruments' own; naming profiles derive what Prometheus stores.
 */
export const ttaCatalog = defineCatalog({
  name: 'TTA.dev primitives',
  meter: 'tta.primitives',
  metrics: {
    executions: {
      name: 'primitive.execution.count',
      kind: 'counter',
      unit: '1',
      description: 'Executions of workflow primitives',
      attributes: primitiveAttributes,
      status: 'emitted',
    },
    executionDuration: {
      name: 'primitive.execution.duration',
      kind: 'histogram',
      unit: 'ms',
      description: 'Duration of primitive executions',
      attributes: primitiveAttributes,
      status: 'emitted',
      buckets: executionDurationBucketsMs,
    },
    connections: {
      name: 'primitive.connection.count',
      kind: 'counter',
      unit: '1',
      description: 'Calls from one primitive to the next',
      attributes: {
        'source.primitive': { description: 'Calling primitive' },
        'target.primitive': { description: 'Called primitive' },
        'connection.type': { description: 'How they are composed', values: ['sequential', 'parallel', 'conditional'] },
      },
      status: 'emitted',
    },
    llmTokens: {
      name: 'llm.tokens.total',
      kind: 'counter',
      unit: '1',
      description: 'Tokens consumed by LLM calls',
      attributes: {
        'llm.provider': { description: 'LLM provider (openai, anthropic, ...)' },
        'llm.model_name': { description: 'Model name as sent to the provider' },
        'llm.token_type': { description: 'Prompt (input) or completion (output) tokens', values: ['prompt', 'completion'] },
      },
      status: 'emitted',
    },
    cacheHits: {
      name: 'cache.hits',
      kind: 'counter',
      unit: '1',
      description: 'Cache lookups that found an entry',
      attributes: {
        'primitive.name': { description: 'Cache primitive' },
        'cache.type': { description: 'Cache backend or purpose', optional: true },
      },
      status: 'emitted',
    },
    cacheLookups: {
      name: 'cache.total',
      kind: 'counter',
      unit: '1',
      description: 'All cache lookups, hits and misses',
      attributes: {
        'primitive.name': { description: 'Cache primitive' },
        'cache.type': { description: 'Cache backend or purpose', optional: true },
      },
      status: 'emitted',
    },
    activeWorkflows: {
      name: 'agent.workflows.active',
      kind: 'updowncounter',
      unit: '1',
      description: 'Workflows running now',
      attributes: {
        'agent.type': { description: 'Agent running the workflow', optional: true },
      },
      status: 'emitted',
    },
    sloCompliance: {
      name: 'slo.compliance',
      kind: 'gauge',
      unit: '1',
      description: 'Share of requests meeting an SLO, 0..1 (planned in the design; not emitted by the SDK today)',
      attributes: {
        'slo.name': { description: 'SLO name' },
        'slo.target': { description: 'SLO target' },
        'primitive.name': { description: 'Primitive the SLO covers' },
      },
      status: 'planned',
    },
  },
});

export type TtaCatalog = typeof ttaCatalog;
