import * as barchart from '@grafana/grafana-foundation-sdk/barchart';
import * as bargauge from '@grafana/grafana-foundation-sdk/bargauge';
import type * as cog from '@grafana/grafana-foundation-sdk/cog';
import * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';
import * as v2beta1 from '@grafana/grafana-foundation-sdk/dashboardv2beta1';
import * as gauge from '@grafana/grafana-foundation-sdk/gauge';
import * as heatmap from '@grafana/grafana-foundation-sdk/heatmap';
import * as nodegraph from '@grafana/grafana-foundation-sdk/nodegraph';
import * as piechart from '@grafana/grafana-foundation-sdk/piechart';
import * as prometheus from '@grafana/grafana-foundation-sdk/prometheus';
import * as resource from '@grafana/grafana-foundation-sdk/resource';
import * as stat from '@grafana/grafana-foundation-sdk/stat';
import * as table from '@grafana/grafana-foundation-sdk/table';
import * as text from '@grafana/grafana-foundation-sdk/text';
import * as timeseries from '@grafana/grafana-foundation-sdk/timeseries';

const panels = { barchart, bargauge, gauge, heatmap, nodegraph, piechart, stat, table, text, timeseries };

export const sdk = {
  dashboard, v2beta1, prometheus, resource,
  panel<K extends keyof typeof panels>(name: K): (typeof panels)[K] { return panels[name]; },
};

export function built<T>(value: T): cog.Builder<T> {
  return { build: () => value };
}
