import { PrometheusExporter, PrometheusSerializer } from '@opentelemetry/exporter-prometheus';
import { MeterProvider } from '@opentelemetry/sdk-metrics';
import type { Catalog } from '../../src/catalog/model.ts';
import { type CatalogRecorder, createCatalogRecorder } from '../../src/demo/recorder.ts';

/** Records through the real SDK and returns what the real Prometheus exporter would serve, without a server. */
export async function expose<C extends Catalog>(catalog: C, record: (recorder: CatalogRecorder<C>) => void): Promise<string> {
  const exporter = new PrometheusExporter({ preventServerStart: true });
  const provider = new MeterProvider({ readers: [exporter] });
  try {
    record(createCatalogRecorder(provider.getMeter(catalog.meter ?? catalog.name), catalog));
    const { resourceMetrics } = await exporter.collect();
    return new PrometheusSerializer().serialize(resourceMetrics);
  } finally {
    await provider.shutdown();
  }
}
