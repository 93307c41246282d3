/**
 * Grafana's data pipeline over a live Prometheus: what each panel of a dashboard would draw with the
 * variables at their defaults (All), and what each node graph would draw under every single value of every
 * query variable (a node graph must hold together under any selection, not only under All).
 */
import type { DashboardInfo } from '../../../src/dashboard/model.ts';
import { dashboardData, type PanelData } from '../../../src/grafana/pipeline.ts';
import type { PrometheusQueries } from '../../../src/grafana/prometheus-api.ts';
import { resolveVariables, timeMacros } from '../../../src/grafana/variables.ts';
import { readsPlannedOnly } from './panels.ts';

export interface DrawOptions {
  readonly client: PrometheusQueries;
  readonly scrapeIntervalMs: number;
  readonly fromMs: number;
  readonly toMs: number;
  /** Series names of planned metrics: a panel that reads only them is expected to show "No data". */
  readonly plannedSeries: readonly string[];
}

export interface Drawn {
  /** One "what Grafana would draw" line per panel and selection. */
  readonly lines: readonly string[];
  /** `panel [selection]: problem` */
  readonly problems: readonly string[];
}

async function drawWith(dashboard: DashboardInfo, options: DrawOptions, selection: ReadonlyMap<string, readonly string[]>, only?: (data: PanelData['panel']) => boolean): Promise<Drawn> {
  const macros = timeMacros(options.fromMs, options.toMs, options.scrapeIntervalMs);
  const variables = await resolveVariables(dashboard, (label, match) => options.client.labelValues(label, match), macros, selection);
  const results = await dashboardData(dashboard, { prometheus: options.client, variables, fromMs: options.fromMs, toMs: options.toMs, scrapeIntervalMs: options.scrapeIntervalMs }, only);
  const shown = [...selection].map(([name, values]) => `$${name}=${values.join('|')}`).join(' ');
  const tag = shown === '' ? '' : ` [${shown}]`;
  const lines: string[] = [];
  const problems: string[] = [];
  for (const { panel, drawing, queries } of results) {
    const plannedOnly = queries.every((query) => readsPlannedOnly(query.expr, options.plannedSeries));
    lines.push(`${drawing.line}${tag}${plannedOnly ? ' (planned metrics: no data expected)' : ''}`);
    for (const problem of drawing.problems) {
      if (!(plannedOnly && problem === 'no data')) problems.push(`${panel.title}${tag}: ${problem}`);
    }
  }
  return { lines, problems };
}

/** The dashboard as it opens (All), then its node graphs under each single value of each query variable. */
export async function drawDashboard(dashboard: DashboardInfo, options: DrawOptions): Promise<Drawn> {
  const all = await drawWith(dashboard, options, new Map());
  const lines = [...all.lines];
  const problems = [...all.problems];
  if (!dashboard.panels.some((panel) => panel.type === 'nodeGraph')) return { lines, problems };
  const macros = timeMacros(options.fromMs, options.toMs, options.scrapeIntervalMs);
  const defaults = await resolveVariables(dashboard, (label, match) => options.client.labelValues(label, match), macros);
  for (const variable of dashboard.variables.filter((candidate) => candidate.type === 'query')) {
    for (const value of defaults.get(variable.name)?.values ?? []) {
      const single = await drawWith(dashboard, options, new Map([[variable.name, [value]]]), (panel) => panel.type === 'nodeGraph');
      lines.push(...single.lines);
      problems.push(...single.problems);
    }
  }
  return { lines, problems };
}
