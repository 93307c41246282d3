import { PrometheusExporter } from '@opentelemetry/exporter-prometheus';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { MeterProvider } from '@opentelemetry/sdk-metrics';
import type { Catalog } from '../catalog/model.ts';
import { seededRandom } from './random.ts';
import { createCatalogRecorder } from './recorder.ts';
import type { Workload } from './workload.ts';

export interface DemoOptions {
  readonly host: string;
  readonly port: number;
  /** Real milliseconds between simulation steps; each step advances the simulated clock by as much. */
  readonly tickMs: number;
  readonly seed: number;
}

export interface RunningDemo {
  /** The scrape URL, `http://host:port/metrics`. */
  readonly url: string;
  /** Stops the simulation and shuts the exporter's HTTP server down. */
  stop(): Promise<void>;
}

/** The port is taken, or the address cannot be bound. */
export class DemoListenError extends Error {
  constructor(
    readonly address: string,
    readonly code: string | undefined,
  ) {
    super(
      code === 'EADDRINUSE'
        ? `${address} is already in use; choose another port with --port`
        : `cannot listen on ${address}${code === undefined ? '' : ` (${code})`}`,
    );
    this.name = 'DemoListenError';
  }
}

function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * Serves a catalog's metrics through the OpenTelemetry JS SDK and its Prometheus exporter while a
 * workload records into them on a fixed tick.
 */
export async function startDemo<C extends Catalog>(
  catalog: C,
  workload: Workload<C>,
  options: DemoOptions,
): Promise<RunningDemo> {
  const address = `${urlHost(options.host)}:${options.port}`;
  // The exporter treats port 0 as "use the default", so the port is always explicit here.
  const exporter = new PrometheusExporter({ host: options.host, port: options.port, preventServerStart: true });
  const provider = new MeterProvider({
    readers: [exporter],
    resource: resourceFromAttributes({ 'service.name': workload.serviceName }),
  });
  const meter = provider.getMeter(catalog.meter ?? catalog.name);
  const tick = workload.start(createCatalogRecorder(meter, catalog), seededRandom(options.seed));
  let nowMs = 0;
  // The first step is recorded before the server listens, so that no scrape ever sees an empty registry.
  tick(nowMs);
  try {
    await exporter.startServer();
  } catch (error) {
    await provider.shutdown();
    throw new DemoListenError(address, (error as NodeJS.ErrnoException).code);
  }
  const timer = setInterval(() => {
    nowMs += options.tickMs;
    tick(nowMs);
  }, options.tickMs);
  return {
    url: `http://${address}/metrics`,
    async stop() {
      clearInterval(timer);
      await provider.shutdown();
    },
  };
}
