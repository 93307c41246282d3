import type { QueryRule } from '../rule.ts';
import { binaryLabelMismatch } from './binary-label-mismatch.ts';
import { counterAggregatedWithoutRate } from './counter-aggregated-without-rate.ts';
import { deltaOnCounter } from './delta-on-counter.ts';
import { divisionNanProne } from './division-nan-prone.ts';
import { groupByRemovedLabel } from './group-by-removed-label.ts';
import { histogramQuantileDropsLe } from './histogram-quantile-drops-le.ts';
import { histogramQuantileInput } from './histogram-quantile-input.ts';
import { histogramQuantileNonBucketName } from './histogram-quantile-non-bucket-name.ts';
import { histogramRawBuckets } from './histogram-raw-buckets.ts';
import { labelValueNotEmitted } from './label-value-not-emitted.ts';
import { legendUnknownLabel } from './legend-unknown-label.ts';
import { plannedMetric } from './planned-metric.ts';
import { promqlExperimental } from './promql-experimental.ts';
import { promqlSyntax } from './promql-syntax.ts';
import { promqlType } from './promql-type.ts';
import { rateInterval } from './rate-interval.ts';
import { rateOnGauge } from './rate-on-gauge.ts';
import { rateOnGaugeName } from './rate-on-gauge-name.ts';
import { rateOverAggregation } from './rate-over-aggregation.ts';
import { regexNeedlessAnchors } from './regex-needless-anchors.ts';
import { regexNotNeeded } from './regex-not-needed.ts';
import { selectorInstanceMatcher } from './selector-instance-matcher.ts';
import { selectorJobMatcher } from './selector-job-matcher.ts';
import { selectorNeverMatches } from './selector-never-matches.ts';
import { sumValueDoubleCounted } from './sum-value-double-counted.ts';
import { topkInTimeSeries } from './topk-in-time-series.ts';
import { unknownLabel } from './unknown-label.ts';
import { unknownMetric } from './unknown-metric.ts';

/** Every rule that checks one PromQL query, in the order the reference lists them. */
export const queryRules: readonly QueryRule[] = [
  promqlSyntax,
  promqlType,
  promqlExperimental,
  unknownMetric,
  plannedMetric,
  unknownLabel,
  labelValueNotEmitted,
  sumValueDoubleCounted,
  rateOnGauge,
  counterAggregatedWithoutRate,
  deltaOnCounter,
  histogramQuantileInput,
  histogramRawBuckets,
  histogramQuantileDropsLe,
  groupByRemovedLabel,
  binaryLabelMismatch,
  legendUnknownLabel,
  rateInterval,
  rateOnGaugeName,
  histogramQuantileNonBucketName,
  selectorJobMatcher,
  selectorInstanceMatcher,
  // Offline checks of pint (cloudflare/pint).
  regexNeedlessAnchors,
  regexNotNeeded,
  selectorNeverMatches,
  rateOverAggregation,
  topkInTimeSeries,
  divisionNanProne,
];
