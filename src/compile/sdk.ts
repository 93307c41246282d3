import { createRequire } from 'node:module';
import type * as cog from '@grafana/grafana-foundation-sdk/cog';

/**
 * The foundation SDK, loaded on first use: it is CommonJS spread over hundreds of files (about 100 ms to
 * load), so commands that never compile must not pay for it. `require` keeps the loading lazy inside the
 * single-file ESM bundle, where a static import would be hoisted to start-up.
 */
const load = createRequire(import.meta.url);
const root = '@grafana/grafana-foundation-sdk';

interface PanelPackages {
  barchart: typeof import('@grafana/grafana-foundation-sdk/barchart');
  bargauge: typeof import('@grafana/grafana-foundation-sdk/bargauge');
  gauge: typeof import('@grafana/grafana-foundation-sdk/gauge');
  heatmap: typeof import('@grafana/grafana-foundation-sdk/heatmap');
  nodegraph: typeof import('@grafana/grafana-foundation-sdk/nodegraph');
  piechart: typeof import('@grafana/grafana-foundation-sdk/piechart');
  stat: typeof import('@grafana/grafana-foundation-sdk/stat');
  table: typeof import('@grafana/grafana-foundation-sdk/table');
  text: typeof import('@grafana/grafana-foundation-sdk/text');
  timeseries: typeof import('@grafana/grafana-foundation-sdk/timeseries');
}

export const sdk = {
  get dashboard(): typeof import('@grafana/grafana-foundation-sdk/dashboard') {
    return load(`${root}/dashboard`);
  },
  get v2beta1(): typeof import('@grafana/grafana-foundation-sdk/dashboardv2beta1') {
    return load(`${root}/dashboardv2beta1`);
  },
  get prometheus(): typeof import('@grafana/grafana-foundation-sdk/prometheus') {
    return load(`${root}/prometheus`);
  },
  get resource(): typeof import('@grafana/grafana-foundation-sdk/resource') {
    return load(`${root}/resource`);
  },
  /** A panel plugin's package (`timeseries`, `nodegraph`, ...). */
  panel<K extends keyof PanelPackages>(name: K): PanelPackages[K] {
    return load(`${root}/${name}`);
  },
};

/** Wraps a value the SDK has no builder for, where a builder argument is expected. */
export function built<T>(value: T): cog.Builder<T> {
  return { build: () => value };
}
