// `npm run build` (and `prepare` on install): bundles the CLI and its content into dist/, so that
// `generate-dashboards` starts without compiling TypeScript. The bin rebuilds by itself when a source changed.
import { fileURLToPath } from 'node:url';
import { buildBundle, describeBuildErrors } from './bundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
try {
  await buildBundle(root);
} catch (error) {
  const lines = describeBuildErrors(error, root);
  if (lines === undefined) throw error;
  for (const line of lines) console.error(`error: ${line}`);
  process.exit(2);
}
