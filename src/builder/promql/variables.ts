import type { QueryExpr } from '../model.ts';
import { labelSyntax } from './expr.ts';
import type { Series } from './selector.ts';

/** Grafana's `label_values(selector, label)` variable query, with the label spelled as the catalog does. */
export function labelValues<L extends string>(series: Series<L, 'counter' | 'gauge'>, label: NoInfer<L>): QueryExpr {
  return {
    render: (profile) => `label_values(${series.render(profile)}, ${labelSyntax(profile, label)})`,
  };
}
