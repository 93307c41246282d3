import { describe, expect, it } from 'vitest';
import { unknownLabel } from '../../../src/lint/rules/unknown-label.ts';
import { lintQuery } from './query-lint.ts';

const rules = [unknownLabel];
const count = 'primitive_execution_count_total';

describe('unknown-label', () => {
  const bad: [string, string][] = [
    [`${count}{workflow_name="x"}`, 'workflow_name'],
    [`sum by (workflow_name) (rate(${count}[5m]))`, 'workflow_name'],
    [`sum without (retry_attempt) (rate(${count}[5m]))`, 'retry_attempt'],
    [`rate(${count}[5m]) / on (workflow_name) rate(${count}[5m])`, 'workflow_name'],
    [`rate(${count}[5m]) / on (job) group_left (workflow_name) rate(${count}[5m])`, 'workflow_name'],
    [`label_replace(${count}, "dst", "$1", "workflow_name", "(.*)")`, '"workflow_name"'],
    [`label_join(${count}, "dst", ",", "primitive_name", "workflow_name")`, '"workflow_name"'],
    [`sort_by_label(${count}, "primitive_name", "workflow_name")`, '"workflow_name"'],
  ];
  for (const [query, at] of bad) {
    it(`reports ${at} in ${query}`, () => expect(lintQuery(query, { rules }).map((finding) => finding.at)).toEqual([at]));
  }

  it('suggests the profile\'s spelling of a dotted attribute', () => {
    const [finding] = lintQuery(`${count}{"primitive.name"="router"}`, { rules });
    expect(finding?.suggestion).toBe('primitive_name (otel-python spells attribute labels this way)');
  });

  it('quotes the suggestion under UTF-8 profiles', () => {
    const [finding] = lintQuery('sum by (primitive_name) ({"primitive.execution.count_total"})', { rules, profile: 'otlp-utf8' });
    expect(finding?.suggestion).toBe('"primitive.name" (otlp-utf8 spells attribute labels this way)');
  });

  it('says which metric carries a label from elsewhere', () => {
    const [finding] = lintQuery(`sum by (llm_provider) (${count})`, { rules });
    expect(finding?.suggestion).toContain('`llm_tokens_total`');
  });

  it('accepts catalog labels, scrape labels, created labels and variables', () => {
    const query = `sum by (primitive_name, job, instance, dst, $group) (label_replace(${count}{agent_type=~"$agent"}, "dst", "$1", "primitive_name", "(.*)"))`;
    expect(lintQuery(query, { rules })).toEqual([]);
  });

  it('accepts quoted labels under UTF-8 profiles', () => {
    expect(lintQuery('sum by ("primitive.name") ({"primitive.execution.count_total", "execution.status"="error"})', { rules, profile: 'otlp-utf8' })).toEqual([]);
  });

  it('does not judge labels of metrics outside the catalog', () => {
    expect(lintQuery(`sum by (mode) (${count} * on (job) group_left (mode) up)`, { rules })).toEqual([]);
  });
});
