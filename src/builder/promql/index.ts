export { Expr, type RenderContext } from './expr.ts';
export {
  anyValue,
  familyMembers,
  type FamilyMatch,
  type HistogramSelection,
  inFamily,
  type LabelMatch,
  matchesRegex,
  matchesVariable,
  noneOf,
  not,
  notInFamily,
  notMatchesRegex,
  oneOf,
  type ScrapeLabel,
  select,
  type Series,
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
export { add, and, type Binary, div, mul, or, orZero, sub, unless } from './binary.ts';
export { type CatalogAttribute, filterSet, type FilterSet } from './filters.ts';
export { type LegendFor, prometheusTargets } from './target.ts';
export { labelValues } from './variables.ts';
