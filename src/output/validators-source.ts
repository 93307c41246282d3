import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import classicSchema from '../../schemas/dashboard-v1.schema.json' with { type: 'json' };
import v2Schema from '../../schemas/dashboard-v2beta1.schema.json' with { type: 'json' };

export const generatedValidatorsPath = 'src/output/schema-validators.generated.ts';

/**
 * The source of the precompiled schema validators. Compiling the schemas with Ajv at run time cost about
 * half a second per `generate-dashboards` run; the generated module validates the same way without Ajv.
 * Regenerate with `node --import tsx schemas/generate-validators.ts` after editing a schema (a test checks).
 */
export function validatorModuleSource(): string {
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    strictRequired: false,
    strictTypes: false,
    code: { source: true, esm: true, lines: true },
  });
  ajv.addSchema(classicSchema, 'classic');
  ajv.addSchema(v2Schema, 'v2');
  const code = standalone.default(ajv, { classic: 'classic', v2: 'v2' });
  // Ajv's ESM output still `require`s its string-length helper; count code points inline instead.
  const helper = 'require("ajv/dist/runtime/ucs2length").default';
  if (code.includes('require(') && !code.includes(helper)) throw new Error('unexpected require() in Ajv standalone code');
  return [
    '// @ts-nocheck',
    '// Generated from schemas/*.schema.json by src/output/validators-source.ts; do not edit.',
    '// Regenerate: node --import tsx schemas/generate-validators.ts',
    'const codePointLength = (text) => [...text].length;',
    code.replace(/^"use strict";\n/, '').split(helper).join('codePointLength'),
  ].join('\n');
}
