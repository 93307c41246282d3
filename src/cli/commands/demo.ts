import { InvalidArgumentError } from 'commander';
import type { CliCommand } from '../command.ts';
import { exitCodes, UserError } from '../io.ts';

interface DemoFlags {
  readonly port: number;
  readonly host: string;
  readonly tick: number;
  readonly seed: number;
}

function integer(min: number, max: number): (raw: string) => number {
  return (raw) => {
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) {
      throw new InvalidArgumentError(`expected an integer from ${min} to ${max}`);
    }
    return value;
  };
}

/** Resolves on the first SIGINT or SIGTERM; until then the signals do not end the process. */
function untilStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export const demoCommand: CliCommand = {
  register(program, { project, io, exit }) {
    program
      .command('demo')
      .description('serve the catalog\'s metrics from a simulated workload through the OpenTelemetry JS SDK (profile otel-js)')
      .option('--port <port>', 'port of the /metrics endpoint', integer(1, 65535), 9464)
      .option('--host <address>', 'address to listen on (0.0.0.0 to let a Prometheus in Docker reach it)', '127.0.0.1')
      .option('--tick <ms>', 'milliseconds between simulation steps', integer(10, 60_000), 100)
      .option('--seed <n>', 'seed of the simulation, for reproducible runs', integer(0, 2 ** 32 - 1), 1)
      .action(async (flags: DemoFlags) => {
        if (project.workload === undefined) throw new UserError(`${project.name} defines no workload to simulate`);
        // The OpenTelemetry SDK loads only for this command, not at every start of the CLI.
        const { DemoListenError, startDemo } = await import('../../demo/server.ts');
        const options = { host: flags.host, port: flags.port, tickMs: flags.tick, seed: flags.seed };
        const demo = await startDemo(project.catalog, project.workload, options).catch((error: unknown) => {
          throw error instanceof DemoListenError ? new UserError(error.message) : error;
        });
        io.stdout(`Serving ${project.catalog.name} metrics on ${demo.url} (OpenTelemetry JS SDK; dashboards: --profile otel-js)\n`);
        io.stdout('Press Ctrl-C to stop.\n');
        const signal = await untilStopSignal();
        await demo.stop();
        io.stdout(`Stopped on ${signal}.\n`);
        exit(exitCodes.ok);
      });
  },
};
