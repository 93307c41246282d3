import { fileURLToPath } from 'node:url';

/**
 * The real dashboards (public monitoring mixins) that optional tests and benches read when the machine has them:
 * `shared/corpus/` beside the project folder (as on the developers' machines and in CI), or TTA_DASHBOARD_CORPUS.
 */
export const corpusFolder = process.env.TTA_DASHBOARD_CORPUS ?? fileURLToPath(new URL('../../shared/corpus/mixin-dashboards', import.meta.url));
