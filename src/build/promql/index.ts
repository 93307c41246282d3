export { Expr, type LabelsOf, type RenderContext } from './expr.ts';
export {
  anyValue,
  escapeRegex,
  HistogramSelection,
  type LabelMatch,
  matchesRegex,
  matchesVariable,
  noneOf,
  not,
  notMatchesRegex,
  oneOf,
  type ScrapeLabel,
  select,
  Series,
} from './selector.ts';
export {
  aliasLabel,
  clampMax,
  clampMin,
  defaultLabel,
  histogramQuantile,
  increase,
  labelJoin,
  labelReplace,
  type Range,
  rate,
  constant,
  vector,
} from './functions.ts';
export { avg, bottomk, count, max, min, sum, topk } from './aggregate.ts';
export { add, and, Binary, div, mul, or, orZero, sub, unless } from './binary.ts';
export { type CatalogAttribute, filterSet, FilterSet } from './filters.ts';
export { type LegendFor, type LegendLabels, legendText, prometheusTargets } from './target.ts';
export { labelValues } from './variables.ts';
