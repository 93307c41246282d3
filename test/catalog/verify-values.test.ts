/** verify-catalog judges label values by the catalog's lists and patterns alike: a seed-era value in a scrape is named. */
import { describe, expect, it } from 'vitest';
import { ttaCatalog } from '../../queries/catalog.ts';
import { findProfile, profiles } from '../../src/naming/profiles.ts';
import { verifyExposition } from '../../src/verify/compare.ts';
import { parseExposition } from '../../src/verify/exposition.ts';

const python = findProfile('otel-python')!;

function valueFindings(primitiveType: string, tokenType: string): string[] {
  const text = [
    '# TYPE primitive_execution_count_total counter',
    `primitive_execution_count_total{primitive_name="plan",primitive_type="${primitiveType}",execution_status="success"} 3`,
    '# TYPE llm_tokens_total counter',
    `llm_tokens_total{llm_provider="openai",llm_model_name="gpt-4o",llm_token_type="${tokenType}"} 30`,
    '',
  ].join('\n');
  const report = verifyExposition(parseExposition(text), ttaCatalog, python, profiles);
  return report.findings.filter((finding) => finding.code === 'value-unexpected').map((finding) => finding.message);
}

describe('verify-catalog on label values', () => {
  it('accepts class names and the contract token types', () => {
    expect(valueFindings('SequentialPrimitive', 'input')).toEqual([]);
    expect(valueFindings('MyOwnPrimitive', 'total')).toEqual([]);
  });

  it('names a value the pattern or the list rejects', () => {
    expect(valueFindings('sequential', 'prompt')).toEqual([
      'primitive_execution_count_total: label `primitive_type` has sequential; the catalog allows values matching ^[A-Z][A-Za-z0-9]*Primitive$',
      'llm_tokens_total: label `llm_token_type` has prompt; the catalog allows input, output, total',
    ]);
  });
});
