// verify-catalog and the demo: how long a simulation step, a parse and a comparison take on a demo scrape.
import { PrometheusExporter, PrometheusSerializer } from '@opentelemetry/exporter-prometheus';
import { MeterProvider } from '@opentelemetry/sdk-metrics';
import { ttaWorkload } from '../demo/workload.ts';
import { ttaCatalog } from '../queries/catalog.ts';
import { seededRandom } from '../src/demo/random.ts';
import { createCatalogRecorder } from '../src/demo/recorder.ts';
import { findProfile, profiles } from '../src/naming/profiles.ts';
import { verifyExposition } from '../src/verify/compare.ts';
import { parseExposition } from '../src/verify/exposition.ts';

function timed<T>(runs: number, work: () => T): { ms: number; result: T } {
  let result = work();
  const start = performance.now();
  for (let run = 0; run < runs; run++) result = work();
  return { ms: (performance.now() - start) / runs, result };
}

const exporter = new PrometheusExporter({ preventServerStart: true });
const provider = new MeterProvider({ readers: [exporter] });
const tick = ttaWorkload.start(createCatalogRecorder(provider.getMeter('tta.primitives'), ttaCatalog), seededRandom(1));
let nowMs = 0;
const steps = timed(3000, () => tick((nowMs += 100)));
process.stdout.write(`demo step (100 ms simulated, ~2 workflows): ${(steps.ms * 1000).toFixed(1)} us\n`);

const { resourceMetrics } = await exporter.collect();
const text = new PrometheusSerializer().serialize(resourceMetrics);
await provider.shutdown();
const lines = text.split('\n').length;
const parse = timed(50, () => parseExposition(text));
process.stdout.write(`parse a ${lines}-line scrape (${(text.length / 1024).toFixed(0)} KiB): ${parse.ms.toFixed(2)} ms\n`);
const verify = timed(50, () => verifyExposition(parse.result, ttaCatalog, findProfile('otel-js')!, profiles));
process.stdout.write(`compare with the catalog under otel-js: ${verify.ms.toFixed(2)} ms (${verify.result.mismatches} mismatches)\n`);
