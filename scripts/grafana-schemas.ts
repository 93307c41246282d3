// `npm run grafana-schemas`: writes schemas/grafana/<line>.schema.json for every supported Grafana line from
// that line's published @grafana/schema types (and the transformation ids of @grafana/data). Run it after
// bumping one of those packages; test/grafana-versions/schemas.test.ts fails while the files are stale.
import { writeFileSync } from 'node:fs';
import { grafanaLines } from '../src/grafana-versions/versions.ts';
import { grafanaSchemaPath, lineSchema } from '../src/grafana-versions/schema-source.ts';

for (const line of grafanaLines) {
  const path = grafanaSchemaPath(line);
  writeFileSync(path, `${JSON.stringify(lineSchema(line), null, 1)}\n`);
  process.stdout.write(`wrote ${path}\n`);
}
