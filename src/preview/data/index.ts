/** Data pictures: each tab's panels drawn with the data Grafana's pipeline gives them. */
export { collectDashboardData, type DashboardData, DataSourceError, type DataWindow, dashboardRangeMs, newestScrapeMs } from './collect.ts';
export { type DiffData, renderDataDiff, renderDataPreviews, type TabPicture } from './render.ts';
