/** The real dashboards (public monitoring mixins) that optional tests and benches read when the machine has them. */
export const corpusFolder = process.env.TTA_DASHBOARD_CORPUS ?? '/work/shared/corpus/mixin-dashboards';
