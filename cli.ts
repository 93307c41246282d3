import project from './dashboards.config.ts';
import { runCli } from './src/cli/main.ts';

// `generate-dashboards lint ... | head` closes the pipe early: stop quietly, as other command-line tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await runCli(project, process.argv.slice(2));
// Every command has finished when runCli returns (demo first waits for its stop signal), but the code of a --catalog
// module may have left a timer or a socket open that would keep the process alive: end once the output is written.
process.stdout.write('', () => process.stderr.write('', () => process.exit()));
