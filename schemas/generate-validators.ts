// Writes the precompiled validators of the JSON Schemas in this folder (see src/output/validators-source.ts).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generatedValidatorsPath, validatorModuleSource } from '../src/output/validators-source.ts';

const target = fileURLToPath(new URL(`../${generatedValidatorsPath}`, import.meta.url));
writeFileSync(target, validatorModuleSource());
process.stdout.write(`wrote ${generatedValidatorsPath}\n`);
