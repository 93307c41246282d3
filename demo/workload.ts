import { type TtaCatalog, ttaCatalog } from '../queries/catalog.ts';
import type { AttributeValue } from '../src/catalog/model.ts';
import type { Random } from '../src/demo/random.ts';
import type { CatalogRecorder } from '../src/demo/recorder.ts';
import { defineWorkload } from '../src/demo/workload.ts';
import { type ErrorType, type Step, type Workflow, workflows } from './topology.ts';

type Metrics = TtaCatalog['metrics'];
type ConnectionType = AttributeValue<Metrics['connections'], 'connection.type'>;
type PrimitiveClass = AttributeValue<Metrics['executions'], 'primitive.type'>;

/** The TTA.dev class of each kind of step; LLM steps name their provider primitive themselves. */
const primitiveClasses = {
  tool: 'LambdaPrimitive',
  sequential: 'SequentialPrimitive',
  parallel: 'ParallelPrimitive',
  router: 'RouterPrimitive',
  fallback: 'FallbackPrimitive',
  retry: 'RetryPrimitive',
  cache: 'CachePrimitive',
  conditional: 'ConditionalPrimitive',
  timeout: 'TimeoutPrimitive',
} as const satisfies Record<Exclude<Step['type'], 'llm'>, PrimitiveClass>;

const primitiveClassOf = (step: Step): PrimitiveClass => (step.type === 'llm' ? step.primitiveClass : primitiveClasses[step.type]);

interface Outcome {
  readonly durationMs: number;
  /** Set when the step failed. */
  readonly error?: ErrorType;
}

/** Workflows started per simulated second; with ~8 primitives each, about 150 executions a second. */
const workflowsPerSecond = 20;
const cacheHitMs = { median: 2, spread: 0.6 };
const workflowChoices = workflows.map((workflow): [Workflow, number] => [workflow, workflow.weight]);

/** `agent.type` is optional: background jobs run without an agent. */
function agentAttribute(agentType: string | undefined): { readonly 'agent.type'?: string } {
  return agentType === undefined ? {} : { 'agent.type': agentType };
}

/** Runs the workflows of `workflows` against the recorder, the way the TTA.dev SDK would record them. */
class Simulation {
  /** Workflows still running in simulated time; each ends (and leaves the active gauge) at `endsAt`. */
  private readonly running: { readonly endsAt: number; readonly agentType?: string }[] = [];
  private lastMs = 0;
  /** Workflows due but not started yet; the first one starts at once. */
  private owed = 1;

  constructor(
    private readonly metrics: CatalogRecorder<TtaCatalog>,
    private readonly random: Random,
  ) {}

  tick(nowMs: number): void {
    this.finishWorkflows(nowMs);
    this.owed += ((nowMs - this.lastMs) / 1000) * workflowsPerSecond;
    this.lastMs = nowMs;
    for (; this.owed >= 1; this.owed -= 1) {
      this.startWorkflow(this.random.weighted(workflowChoices), nowMs);
    }
  }

  private startWorkflow(workflow: Workflow, nowMs: number): void {
    this.metrics.record('activeWorkflows', 1, agentAttribute(workflow.agentType));
    const outcome = this.run(workflow.root, workflow.agentType);
    this.running.push({ endsAt: nowMs + outcome.durationMs, agentType: workflow.agentType });
  }

  private finishWorkflows(nowMs: number): void {
    for (let index = this.running.length - 1; index >= 0; index--) {
      const workflow = this.running[index];
      if (workflow.endsAt > nowMs) continue;
      this.running.splice(index, 1);
      this.metrics.record('activeWorkflows', -1, agentAttribute(workflow.agentType));
    }
  }

  private connect(source: Step, target: Step, type: ConnectionType): void {
    this.metrics.record('connections', 1, {
      'source.primitive': source.name,
      'target.primitive': target.name,
      'connection.type': type,
    });
  }

  /** Executes a step and its children, records the step's execution, and returns how it went. */
  private run(step: Step, agentType: string | undefined): Outcome {
    const outcome = this.execute(step, agentType);
    const attributes = {
      'primitive.name': step.name,
      'primitive.type': primitiveClassOf(step),
      'execution.status': outcome.error === undefined ? 'success' : 'error',
      ...agentAttribute(agentType),
      ...(outcome.error === undefined ? {} : { 'error.type': outcome.error }),
    } as const;
    this.metrics.record('executions', 1, attributes);
    this.metrics.record('executionDuration', outcome.durationMs, attributes);
    return outcome;
  }

  private execute(step: Step, agentType: string | undefined): Outcome {
    const random = this.random;
    switch (step.type) {
      case 'llm':
      case 'tool': {
        const durationMs = random.logNormal(step.medianMs, 0.7);
        if (random.chance(step.failure)) return { durationMs, error: random.pick(step.errors) };
        if (step.type === 'llm') this.countTokens(step.provider, step.model);
        return { durationMs };
      }
      case 'sequential': {
        let durationMs = 0;
        for (const child of step.steps) {
          this.connect(step, child, 'sequential');
          const outcome = this.run(child, agentType);
          durationMs += outcome.durationMs;
          if (outcome.error !== undefined) return { durationMs, error: outcome.error };
        }
        return { durationMs };
      }
      case 'parallel': {
        const outcomes = step.steps.map((child) => {
          this.connect(step, child, 'parallel');
          return this.run(child, agentType);
        });
        const durationMs = Math.max(...outcomes.map((outcome) => outcome.durationMs));
        const failed = outcomes.find((outcome) => outcome.error !== undefined);
        return { durationMs, error: failed?.error };
      }
      case 'router': {
        const route = random.pick(step.steps);
        // The contract knows sequential and parallel composition only: a routed call is one step in sequence.
        this.connect(step, route, 'sequential');
        const outcome = this.run(route, agentType);
        return { durationMs: outcome.durationMs + random.logNormal(3, 0.5), error: outcome.error };
      }
      case 'conditional': {
        const branch = random.chance(step.thenShare) ? step.then : step.otherwise;
        this.connect(step, branch, 'sequential');
        const outcome = this.run(branch, agentType);
        return { durationMs: outcome.durationMs + random.logNormal(1, 0.5), error: outcome.error };
      }
      case 'timeout': {
        this.connect(step, step.step, 'sequential');
        const outcome = this.run(step.step, agentType);
        // The wrapped call is abandoned at the limit; its own execution is still recorded as it ran.
        if (outcome.durationMs > step.limitMs) return { durationMs: step.limitMs, error: 'TimeoutError' };
        return outcome;
      }
      case 'fallback':
        return this.untilSuccess(step, step.steps, agentType);
      case 'retry':
        return this.untilSuccess(step, Array<Step>(step.attempts).fill(step.step), agentType);
      case 'cache': {
        const cacheType = step.cacheType === undefined ? {} : { 'cache.type': step.cacheType };
        const hit = random.chance(step.hitRate);
        this.metrics.record('cacheLookups', 1, { 'primitive.name': step.name, ...cacheType });
        if (hit) {
          this.metrics.record('cacheHits', 1, { 'primitive.name': step.name, ...cacheType });
          return { durationMs: random.logNormal(cacheHitMs.median, cacheHitMs.spread) };
        }
        this.connect(step, step.step, 'sequential');
        return this.run(step.step, agentType);
      }
    }
  }

  /** Runs `attempts` in turn until one succeeds (retries, fallbacks); the time adds up. */
  private untilSuccess(step: Step, attempts: readonly Step[], agentType: string | undefined): Outcome {
    let durationMs = 0;
    let error: ErrorType | undefined;
    for (const attempt of attempts) {
      this.connect(step, attempt, 'sequential');
      const outcome = this.run(attempt, agentType);
      durationMs += outcome.durationMs;
      error = outcome.error;
      if (error === undefined) break;
    }
    return { durationMs, error };
  }

  /** Input and output tokens of one call, and their total, as the contract has the SDK record them. */
  private countTokens(provider: string, model: string): void {
    const labels = { 'llm.provider': provider, 'llm.model_name': model } as const;
    const input = this.random.int(200, 3000);
    const output = this.random.int(20, 800);
    this.metrics.record('llmTokens', input, { ...labels, 'llm.token_type': 'input' });
    this.metrics.record('llmTokens', output, { ...labels, 'llm.token_type': 'output' });
    this.metrics.record('llmTokens', input + output, { ...labels, 'llm.token_type': 'total' });
  }
}

/** TTA.dev agents at work: what `generate-dashboards demo` records. */
export const ttaWorkload = defineWorkload(ttaCatalog, {
  serviceName: 'tta-demo',
  start(metrics, random) {
    const simulation = new Simulation(metrics, random);
    return (nowMs) => simulation.tick(nowMs);
  },
});
