// Types of grafana-validators.mjs, for the TypeScript that imports it.
import type { ValidateFunction } from 'ajv';

export declare const validatorsDir: URL;
export declare function writeGrafanaValidators(): string[];
export declare function validatorSources(files: readonly string[]): string[];
export declare function compileLineValidators(schema: { $id: string; definitions: Record<string, unknown> }): {
  classic: ValidateFunction;
  v2: ValidateFunction | undefined;
};
