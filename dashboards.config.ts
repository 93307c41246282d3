import { ttaDashboard } from './panels/index.ts';
import { ttaCatalog } from './queries/catalog.ts';
import { defineProject } from './src/project.ts';

export default defineProject({
  name: 'TTA.dev agent observability',
  catalog: ttaCatalog,
  defaultProfile: 'otel-python',
  outDir: 'generated',
  dashboards: [ttaDashboard],
});
