/**
 * The alerts of an SLO set: multiwindow, multi-burn-rate alerts on the recorded error ratios (a page and a
 * ticket per SLO), and one alert per SLO when a job that should report its SLI is up but sends no input series.
 */
import { count, type Expr } from '../builder/promql/index.ts';
import type { DerivedMetricSpec } from '../catalog/derived.ts';
import type { NamingProfile } from '../naming/profiles.ts';
import { promqlName } from '../promql/strings.ts';
import {
  type BurnAlertPolicy,
  type BurnWindow,
  burnAlertPolicies,
  durationSeconds,
  type SloDefinition,
  type SloSet,
} from './model.ts';
import { budgetOf, roundedProduct, type SloRecordings, sliSeries, sloLevel } from './recordings.ts';

export interface AlertRule {
  readonly alert: string;
  readonly expr: string;
  readonly for?: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
}

/** Where the alerts link to in Grafana: the compiled panel's id. */
export interface PanelTarget {
  readonly dashboardUid: string;
  readonly panelId: number;
}

const pascal = (text: string) => text.replace(/(^|[-_])([a-z])/g, (_, __, letter: string) => letter.toUpperCase());

export function alertNames(set: SloSet, slo: SloDefinition) {
  const prefix = `${pascal(set.name)}${pascal(slo.id)}`;
  return { burn: `${prefix}BudgetBurn`, absent: `${prefix}SliAbsent` };
}

/** `name{job="<the alert's job>"}` for a Go template's printf: `%q` quotes the job as PromQL reads a string. */
function perJobSelector(metric: DerivedMetricSpec, profile: NamingProfile): string {
  const name = promqlName(metric.recordedName(profile), 'metric');
  return name.startsWith('{') ? `${name.slice(0, -1)}, ${sloLevel}=%q}` : `${name}{${sloLevel}=%q}`;
}

/** A template fragment that queries Prometheus when the alert is sent and prints the value, `?` when there is none. */
function templateQuery(query: string, format: string): string {
  return `{{ with printf \`${query}\` $labels.${sloLevel} | query }}{{ . | first | value | ${format} }}{{ else }}?{{ end }}`;
}

function dayText(seconds: number): string {
  const days = seconds / 86_400;
  return days >= 1 ? `${roundedProduct(days, 1)} days` : `${roundedProduct(seconds / 3600, 1)} hours`;
}

function burnExpr(ratios: Readonly<Record<string, DerivedMetricSpec>>, budget: number, profile: NamingProfile, windows: readonly BurnWindow[]) {
  const name = (window: string) => promqlName(ratios[window].recordedName(profile), 'metric');
  return windows
    .map((window) => {
      const threshold = roundedProduct(window.factor, budget);
      return `(${name(window.long)} > ${threshold} and ${name(window.short)} > ${threshold})`;
    })
    .join(' or ');
}

function burnAlert(
  set: SloSet,
  slo: SloDefinition,
  policy: BurnAlertPolicy,
  recordings: SloRecordings,
  profile: NamingProfile,
  links: Readonly<Record<string, string>>,
): AlertRule {
  const ratios = recordings.errorRatio[slo.id];
  const budget = budgetOf(slo);
  const windowSeconds = durationSeconds(set.window);
  const slowest = Math.min(...policy.windows.map((window) => window.factor));
  const burnRates = policy.windows
    .map((window) => `${templateQuery(`${perJobSelector(ratios[window.long], profile)} / ${budget}`, 'printf "%.1f"')}x over ${window.long}`)
    .join(' and ');
  const rule = policy.windows.map((window) => `${window.factor}x over ${window.long} and ${window.short}`).join(', or ');
  const budgetLeft = templateQuery(perJobSelector(recordings.budgetRemaining[slo.id], profile), 'humanizePercentage');
  const pace =
    policy.severity === 'page'
      ? `at this pace the ${set.window} error budget is gone in ${dayText(windowSeconds / slowest)} or less`
      : `at this pace the ${set.window} error budget runs out before the window ends`;
  return {
    alert: alertNames(set, slo).burn,
    expr: burnExpr(ratios, budget, profile, policy.windows),
    labels: { severity: policy.severity, slo: slo.id },
    annotations: {
      summary: `{{ $labels.${sloLevel} }}: the ${slo.id} SLO is burning its error budget (${pace})`,
      description:
        `The ${slo.id} SLO (${slo.objective}, over ${set.window}) of {{ $labels.${sloLevel} }} burns its error budget ` +
        `at ${burnRates}; the ${policy.severity} threshold is ${rule}. Error budget left over ${set.window}: ${budgetLeft}.`,
      ...links,
    },
  };
}

function absentAlert(set: SloSet, slo: SloDefinition, profile: NamingProfile, links: Readonly<Record<string, string>>): AlertRule {
  const inputSeries: Expr = count(sliSeries(slo.sli).all).by(sloLevel);
  const up = `max by (${sloLevel}) (up{${sloLevel}=~${JSON.stringify(set.jobs)}}) == 1`;
  const inputName = slo.sli.kind === 'errors' ? profile.metricName(slo.sli.counter) : `${profile.metricName(slo.sli.histogram)}_count`;
  return {
    alert: alertNames(set, slo).absent,
    expr: `${up} unless on (${sloLevel}) ${inputSeries.render(profile)}`,
    for: '10m',
    labels: { severity: 'ticket', slo: slo.id },
    annotations: {
      summary: `{{ $labels.${sloLevel} }} is up but reports no ${inputName}: the ${slo.id} SLO cannot be measured`,
      description:
        `Prometheus scrapes {{ $labels.${sloLevel} }}, but none of its series is ${inputName}, the input of the ${slo.id} ` +
        `SLO (${slo.objective}). Its burn-rate alerts cannot fire. Check that the application records the metric ` +
        'and that the naming profile the rules were generated for matches its export path.',
      ...links,
    },
  };
}

/** Every alert of the set, per SLO: the page, the ticket, then the absent-input alert. */
export function sloAlerts(set: SloSet, recordings: SloRecordings, profile: NamingProfile, panel: PanelTarget): AlertRule[] {
  const links = {
    runbook_url: set.runbookUrl,
    dashboard_url: `${set.grafanaUrl.replace(/\/+$/, '')}/d/${panel.dashboardUid}?viewPanel=${panel.panelId}&var-${sloLevel}={{ $labels.${sloLevel} }}`,
    // Grafana links alerts that carry these annotations to the panel.
    __dashboardUid__: panel.dashboardUid,
    __panelId__: String(panel.panelId),
  };
  return set.slos.flatMap((slo) => [
    ...burnAlertPolicies.map((policy) => burnAlert(set, slo, policy, recordings, profile, links)),
    absentAlert(set, slo, profile, links),
  ]);
}
