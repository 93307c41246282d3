/** `generate-dashboards catalog` shows what the contract says about each metric and attribute, and where it says it. */
import { describe, expect, it } from 'vitest';
import { ttaCatalog } from '../../queries/catalog.ts';
import { catalogJson, catalogText } from '../../src/cli/commands/catalog.ts';
import { findProfile } from '../../src/naming/profiles.ts';

const python = findProfile('otel-python')!;

describe('catalog listing', () => {
  const text = catalogText(ttaCatalog, python);

  it('names the contract, and the section each metric and attribute comes from', () => {
    expect(text).toContain('Follows TTA.dev metrics-catalog.spec.md 1.0.0 (Approved 2026-03-04).');
    const executions = text.slice(text.indexOf('executions: primitive.execution.count'), text.indexOf('executionDuration:'));
    expect(executions).toContain('  source: contract §2 OpenTelemetry Metrics\n');
    expect(executions).toContain('    primitive.type [contract §5 Label Value Conventions]\n');
    expect(executions).toContain('    execution.status [contract §5 Label Value Conventions]\n');
  });

  it("shows patterns, families, sums and the values they replaced", () => {
    expect(text).toContain('primitive_type <- primitive.type ~ ^[A-Z][A-Za-z0-9]*Primitive$');
    expect(text).toContain('      composition: SequentialPrimitive, ParallelPrimitive, ConditionalPrimitive, RouterPrimitive\n');
    expect(text).toContain(
      '    llm.token_type: total = input + output; formerly prompt (now input); formerly completion (now output) [contract §5 Label Value Conventions]\n',
    );
    expect(text).toContain('cache_type? <- cache.type = memory|redis|lru');
  });

  it('gives the same in JSON', () => {
    const json = catalogJson(ttaCatalog, python);
    expect(json.source).toBe(ttaCatalog.source);
    const tokens = json.metrics.find((metric) => metric.key === 'llmTokens')!;
    expect(tokens.source).toBe('contract §2 OpenTelemetry Metrics');
    expect(tokens.attributes.find((attribute) => attribute.name === 'llm.token_type')).toEqual({
      name: 'llm.token_type',
      optional: false,
      values: ['input', 'output', 'total'],
      sumOf: { total: ['input', 'output'] },
      legacyValues: { prompt: 'input', completion: 'output' },
      source: 'contract §5 Label Value Conventions',
    });
    const primitiveType = json.metrics[0]!.attributes.find((attribute) => attribute.name === 'primitive.type')!;
    expect(primitiveType).toMatchObject({ pattern: '^[A-Z][A-Za-z0-9]*Primitive$', families: ttaCatalog.metrics.executions.attributes['primitive.type'].families });
  });
});
