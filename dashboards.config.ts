import { ttaWorkload } from './demo/workload.ts';
import { ttaDashboard } from './panels/index.ts';
import { ttaCatalog } from './queries/catalog.ts';
import { defineProject } from './src/project.ts';

export default defineProject({
  name: 'TTA.dev agent observability',
  catalog: ttaCatalog,
  defaultProfile: 'otel-python',
  outDir: 'generated',
  dashboards: [ttaDashboard],
  pythonModule: 'python/tta_metrics.py',
  workload: ttaWorkload,
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
