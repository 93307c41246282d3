import { defaultLabel, div, mul, or, rate, select, sum } from '../src/builder/promql/index.ts';
import { ttaCatalog } from './catalog.ts';

const { cacheHits, cacheLookups } = ttaCatalog.metrics;

export const cacheHitsPerSecond = sum(rate(select(cacheHits)));
export const cacheLookupsPerSecond = sum(rate(select(cacheLookups)));

/**
 * Hits / lookups per cache primitive. A cache that was looked up but never hit has no `cache.hits`
 * series yet; its ratio is a true 0, so missing hits are filled with zeros for the caches that had lookups.
 */
export const cacheHitRatioByPrimitive = (() => {
  const lookups = sum(rate(select(cacheLookups))).by('primitive.name');
  const hits = sum(rate(select(cacheHits))).by('primitive.name');
  return div(or(hits, mul(lookups, 0)), lookups);
})();

/** Hits / lookups per cache type; caches recorded without a type are `unspecified`. */
export const cacheHitRatioByCacheType = (() => {
  const lookups = sum(rate(select(cacheLookups))).by('cache.type');
  const hits = sum(rate(select(cacheHits))).by('cache.type');
  return defaultLabel(div(or(hits, mul(lookups, 0)), lookups), 'cache.type', 'unspecified');
})();
