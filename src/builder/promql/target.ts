import type { NamingProfile } from '../../naming/profiles.ts';
import type { PrometheusTarget, ProfileText } from '../model.ts';
import type { Expr } from './expr.ts';
import type { FilterSet } from './filters.ts';

/** The label names a legend format refers to: `{{primitive.name}} {{le}}` -> `'primitive.name' | 'le'`. */
export type LegendLabels<S extends string> = S extends `${string}{{${infer Name}}}${infer Rest}`
  ? Name | LegendLabels<Rest>
  : never;

/** Accepts the format only when every `{{label}}` is carried by the query's result. */
export type LegendFor<S extends string, L extends string> = [LegendLabels<S>] extends [L]
  ? S
  : { readonly error: `legend names labels the query does not carry: ${Exclude<LegendLabels<S>, L>}` };

/** A legend format whose `{{label}}` references are rendered with the profile's label names. */
function legendText(format: string): ProfileText {
  return {
    render: (profile: NamingProfile) =>
      format.replace(/\{\{\s*([^}]+?)\s*\}\}/g, (_, name: string) => `{{${profile.labelName(name)}}}`),
  };
}

/**
 * Target constructors bound to a filter set, so that every query a dashboard shows gets the dashboard's
 * filters without each query repeating them. Legends name labels as the catalog spells them
 * (`{{primitive.name}}`); the compiler renders them with the profile's label names.
 */
export function prometheusTargets(filters: FilterSet) {
  const target = <L extends string>(
    expr: Expr<L>,
    legend: string | undefined,
    shape: Pick<PrometheusTarget, 'format' | 'instant' | 'range'>,
  ): PrometheusTarget => ({
    kind: 'prometheus',
    expr: filters.apply(expr),
    ...(legend === undefined ? {} : { legendFormat: /\{\{/.test(legend) ? legendText(legend) : legend }),
    ...shape,
  });
  return {
    /** A range query drawn over time. */
    timeSeries: <L extends string, S extends string = never>(
      expr: Expr<L>,
      options: { legend?: LegendFor<S, L> & S } = {},
    ) => target(expr, options.legend, { format: 'time_series' }),
    /** One value per series at the end of the time range (stats, gauges, bar gauges, pie charts). */
    instant: <L extends string, S extends string = never>(
      expr: Expr<L>,
      options: { legend?: LegendFor<S, L> & S } = {},
    ) => target(expr, options.legend, { format: 'time_series', instant: true, range: false }),
    /** An instant query as a table: one row per series, a column per label (tables, node graphs). */
    table: <L extends string>(expr: Expr<L>) =>
      target(expr, undefined, { format: 'table', instant: true, range: false }),
    /** Histogram buckets over time for the heatmap panel; the legend must be `{{le}}`. */
    heatmap: <L extends 'le'>(expr: Expr<L>) => {
      if (!expr.labels.has('le')) throw new Error('a heatmap query must keep the `le` label: sum by (le) (...)');
      return target(expr, '{{le}}', { format: 'heatmap' });
    },
  };
}
