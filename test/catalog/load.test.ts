/** A catalog whose value declarations contradict themselves is a usage error at `--catalog` loading (exit 2). */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testProject } from '../compile/fixture.ts';
import { runCapturing } from '../cli/capture.ts';

let cwd: string;

beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'catalog-load-'));
  await writeFile(join(cwd, 'd.json'), '{"panels": []}');
});

afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

function catalogWith(primitiveType: Record<string, unknown>) {
  return {
    name: 'x',
    metrics: {
      executions: {
        name: 'primitive.execution.count',
        kind: 'counter',
        unit: '1',
        status: 'emitted',
        description: 'd',
        attributes: { 'primitive.name': {}, 'primitive.type': primitiveType },
      },
    },
  };
}

const lintWith = (file: string) => runCapturing(testProject(), ['lint', '--catalog', file, 'd.json'], cwd);

describe('--catalog value declarations', () => {
  it('a pattern that is not a valid RE2 regular expression names the metric and attribute, exit 2', async () => {
    // A lookahead: JavaScript accepts it, RE2 (and so Prometheus) does not.
    await writeFile(join(cwd, 'bad-pattern.json'), JSON.stringify(catalogWith({ pattern: '^(?=[A-Z]).*Primitive$' })));
    const result = await lintWith('bad-pattern.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^error: --catalog bad-pattern\.json: not a valid catalog:\n {2}metrics\.executions\.attributes\.primitive\.type \(metric primitive\.execution\.count, attribute primitive\.type\): pattern "\^\(\?=\[A-Z\]\)\.\*Primitive\$" is not a valid regular expression \(RE2\): .+\n$/,
    );
    expect(result.stdout).toBe('');
  });

  it('a family naming a value the pattern rejects names the metric, attribute and value, exit 2', async () => {
    // Named export only: the module's one catalog-shaped export is read, and its problem reported.
    const catalog = catalogWith({ pattern: '^[A-Z][A-Za-z0-9]*Primitive$', families: { recovery: ['RetryPrimitive', 'retry'] } });
    await writeFile(join(cwd, 'bad-family.mjs'), `export const ttaCatalog = ${JSON.stringify(catalog)};\n`);
    const result = await lintWith('bad-family.mjs');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'error: --catalog bad-family.mjs: not a valid catalog:\n' +
        '  metrics.executions.attributes.primitive.type (metric primitive.execution.count, attribute primitive.type): ' +
        'family "recovery" names "retry", which the pattern "^[A-Z][A-Za-z0-9]*Primitive$" rejects\n',
    );
  });

  it('a catalog whose pattern, families and sums agree loads and lints', async () => {
    const catalog = catalogWith({ pattern: '^[A-Z][A-Za-z0-9]*Primitive$', families: { recovery: ['RetryPrimitive'] } });
    await writeFile(join(cwd, 'good.json'), JSON.stringify(catalog));
    const result = await lintWith('good.json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});
