import { ttaWorkload } from './demo/workload.ts';
import { ttaDashboard } from './panels/index.ts';
import { ttaCatalog } from './queries/catalog.ts';
import { sloRecorded, sloTargets, ttaSlos } from './queries/slo.ts';
import { withDerived } from './src/catalog/derived.ts';
import { defineProject } from './src/project.ts';
import { derivedMetricsOf } from './src/rules/recordings.ts';

export default defineProject({
  name: 'TTA.dev agent observability',
  // The SDK's metrics, and the series the SLO recording rules derive from them.
  catalog: withDerived(ttaCatalog, derivedMetricsOf(sloRecorded)),
  defaultProfile: 'otel-python',
  outDir: 'generated',
  dashboards: [ttaDashboard],
  pythonModule: 'python/tta_metrics.py',
  workload: ttaWorkload,
  slos: ttaSlos(sloTargets),
  provisioning: {
    name: 'tta',
    folder: 'TTA.dev',
    dashboardsPath: '/var/lib/grafana/dashboards/tta',
    datasources: [
      {
        name: 'TTA Prometheus',
        type: 'prometheus',
        uid: 'tta-prometheus',
        urlEnv: 'PROMETHEUS_URL',
        defaultUrl: 'http://localhost:9090',
        isDefault: true,
        jsonData: { httpMethod: 'POST', timeInterval: '15s' },
      },
      {
        name: 'TTA Jaeger',
        type: 'jaeger',
        uid: 'tta-jaeger',
        urlEnv: 'JAEGER_URL',
        defaultUrl: 'http://localhost:16686',
      },
    ],
  },
});
